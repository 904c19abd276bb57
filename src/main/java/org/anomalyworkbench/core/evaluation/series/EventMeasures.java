package org.anomalyworkbench.core.evaluation.series;

/**
 * Event-wise quality of one series' flags, as TSB-AD's "event-based F1" defines it: recall
 * counts labelled events hit by at least one flag, precision counts flagged points that are
 * labelled. Rewarding one hit per event is what a monitoring analyst cares about (one alarm
 * per incident), while point precision still punishes flagging everything.
 *
 * @param labelledEvents runs of label 1
 * @param detectedEvents labelled events with at least one flagged point inside
 * @param flaggedPoints points flagged
 * @param flaggedLabelledPoints flagged points labelled 1
 */
public record EventMeasures(int labelledEvents, int detectedEvents, int flaggedPoints, int flaggedLabelledPoints) {

  /**
   * Counts the events and points of {@code labels} and {@code flags}; O(n).
   *
   * @throws IllegalArgumentException if the lengths differ or a label is not 0/1
   */
  public static EventMeasures of(int[] labels, boolean[] flags) {
    SeriesInputs.checkFlags(labels.length, flags);
    int labelled = 0;
    int detected = 0;
    for (EventSpan event : Events.labelled(labels)) {
      labelled++;
      for (int i = event.start(); i < event.end(); i++) {
        if (flags[i]) {
          detected++;
          break;
        }
      }
    }
    int flagged = 0;
    int flaggedLabelled = 0;
    for (int i = 0; i < flags.length; i++) {
      if (flags[i]) {
        flagged++;
        flaggedLabelled += labels[i];
      }
    }
    return new EventMeasures(labelled, detected, flagged, flaggedLabelled);
  }

  /** Detected / labelled events; NaN when the series has no labelled event. */
  public double recall() {
    return labelledEvents == 0 ? Double.NaN : (double) detectedEvents / labelledEvents;
  }

  /** Flagged labelled points / flagged points; NaN when nothing is flagged. */
  public double precision() {
    return flaggedPoints == 0 ? Double.NaN : (double) flaggedLabelledPoints / flaggedPoints;
  }

  /**
   * Harmonic mean of {@link #recall()} and {@link #precision()}. It is 0 when recall is 0,
   * including when nothing is flagged (precision undefined: missing every event is a miss
   * whatever precision would have been), and when both are 0; NaN when there is no labelled
   * event.
   */
  public double f1() {
    double r = recall();
    if (Double.isNaN(r)) {
      return Double.NaN;
    }
    if (r == 0) {
      return 0;
    }
    double p = precision();
    return p == 0 ? 0 : 2 * r * p / (r + p);
  }
}
