package org.anomalyworkbench.core.scoring;

/**
 * A resolved threshold with what the user must know about it: when tied scores make the
 * requested share impossible, {@link #note()} says what is flagged instead and why, so that the
 * command line and the window can print it next to the flagged count instead of silently
 * flagging far more (or fewer) rows than asked.
 *
 * @param value the threshold (rows with {@code score >= value} are flagged)
 * @param note a sentence for people, or "" when the policy did exactly what it says
 */
public record ThresholdChoice(double value, String note) {
  public ThresholdChoice {
    note = note == null ? "" : note;
  }

  /** A threshold with nothing to say about it. */
  public static ThresholdChoice exact(double value) {
    return new ThresholdChoice(value, "");
  }

  public boolean hasNote() {
    return !note.isEmpty();
  }
}
