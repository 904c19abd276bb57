package org.anomalyworkbench.core.training;

import java.util.function.BiFunction;

/**
 * Merges the progress of several trainings running at once (ensemble members) into one
 * listener: events reach the target one at a time (never concurrently), each with the whole
 * run's fraction done (the mean of the members' fractions), and messages can be labelled with
 * the member they came from. Members of one kind (the same network trained with several seeds)
 * can also be shown as one run: {@link #countingAcrossMembers} numbers epochs and iterations
 * over all members, so the epoch count runs 1..members x epochs as when they trained in turn.
 */
public final class CombinedProgress {
  private final TrainingListener target;
  private final double[] fractions;
  private final BiFunction<Integer, String, String> label;
  private final boolean acrossMembers;
  private long iterations;
  private int epochEnds;

  /**
   * Events keep each member's own epoch and iteration numbers.
   *
   * @param members how many trainings report
   * @param label turns (member index, message) into the message shown
   */
  public CombinedProgress(TrainingListener target, int members, BiFunction<Integer, String, String> label) {
    this(target, members, label, false);
  }

  private CombinedProgress(TrainingListener target, int members, BiFunction<Integer, String, String> label,
      boolean acrossMembers) {
    this.target = target;
    this.fractions = new double[members];
    this.label = label;
    this.acrossMembers = acrossMembers;
  }

  /** As the constructor, numbering epochs and iterations over all members (members of one kind). */
  public static CombinedProgress countingAcrossMembers(TrainingListener target, int members,
      BiFunction<Integer, String, String> label) {
    return new CombinedProgress(target, members, label, true);
  }

  /** Sends {@code message} as it is, serialised with the members' events. */
  public synchronized void onMessage(String message) {
    target.onMessage(message);
  }

  private synchronized void onProgress(int member, TrainingProgress p) {
    fractions[member] = p.fractionDone();
    double sum = 0;
    for (double f : fractions) {
      sum += f;
    }
    double fraction = sum / fractions.length;
    if (!acrossMembers) {
      target.onProgress(p.renumbered(p.epoch(), p.totalEpochs(), p.iteration(), fraction));
      return;
    }
    int total = p.totalEpochs() * fractions.length;
    int epoch = p.epochEnd() ? ++epochEnds : Math.min(total, epochEnds + 1);
    long iteration = p.epochEnd() ? iterations : ++iterations;
    target.onProgress(p.renumbered(epoch, total, iteration, fraction));
  }

  /** The listener member {@code member} (0-based) trains with. */
  public TrainingListener forMember(int member) {
    return new TrainingListener() {
      @Override
      public void onProgress(TrainingProgress p) {
        CombinedProgress.this.onProgress(member, p);
      }

      @Override
      public void onMessage(String message) {
        CombinedProgress.this.onMessage(label.apply(member, message));
      }
    };
  }
}
