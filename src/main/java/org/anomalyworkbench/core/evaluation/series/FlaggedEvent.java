package org.anomalyworkbench.core.evaluation.series;

/**
 * One row of the flagged-events table: a maximal run of flagged points and where its score
 * peaks, so the analyst can jump to the most anomalous point of each event.
 *
 * @param span the flagged points {@code [start, end)}
 * @param peakScore the highest score in the span (NaN only when every score in it is NaN)
 * @param peakIndex the point with that score; the earliest one when several share it
 */
public record FlaggedEvent(EventSpan span, double peakScore, int peakIndex) {

  /** @throws IllegalArgumentException when the peak lies outside the span */
  public FlaggedEvent {
    if (!span.contains(peakIndex)) {
      throw new IllegalArgumentException("The peak " + peakIndex + " lies outside the event " + span + ".");
    }
  }

  public int start() {
    return span.start();
  }

  public int end() {
    return span.end();
  }

  public int length() {
    return span.length();
  }
}
