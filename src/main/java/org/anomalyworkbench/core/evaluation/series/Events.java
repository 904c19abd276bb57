package org.anomalyworkbench.core.evaluation.series;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Cuts a series' point labels or flags into events: maximal runs of consecutive labelled
 * (label 1) or flagged points, in time order. Event-wise measures and the flagged-events table
 * are built from these.
 */
public final class Events {
  private Events() {
  }

  /**
   * The labelled events: runs of label 1.
   *
   * @throws IllegalArgumentException if a label is not 0/1
   */
  public static List<EventSpan> labelled(int[] labels) {
    SeriesInputs.checkLabels(labels.length, labels);
    return runs(labels.length, i -> labels[i] == 1);
  }

  /** The flagged events: runs of flagged points. */
  public static List<EventSpan> flagged(boolean[] flags) {
    return runs(flags.length, i -> flags[i]);
  }

  /**
   * The flagged events with their peak: the highest score inside each, the earliest point
   * when tied; NaN scores count below every number.
   *
   * @throws IllegalArgumentException if the lengths differ
   */
  public static List<FlaggedEvent> flaggedWithPeaks(double[] scores, boolean[] flags) {
    SeriesInputs.checkFlags(scores.length, flags);
    List<FlaggedEvent> out = new ArrayList<>();
    for (EventSpan span : flagged(flags)) {
      int peak = span.start();
      for (int i = span.start() + 1; i < span.end(); i++) {
        // Strictly greater keeps the earliest of tied peaks; NaN never wins, but a first NaN
        // is replaced by any number.
        if (scores[i] > scores[peak] || (Double.isNaN(scores[peak]) && !Double.isNaN(scores[i]))) {
          peak = i;
        }
      }
      out.add(new FlaggedEvent(span, scores[peak], peak));
    }
    return out;
  }

  private static List<EventSpan> runs(int points, IntPredicate in) {
    List<EventSpan> out = new ArrayList<>();
    int start = -1;
    for (int i = 0; i < points; i++) {
      if (in.test(i)) {
        if (start < 0) {
          start = i;
        }
      } else if (start >= 0) {
        out.add(new EventSpan(start, i));
        start = -1;
      }
    }
    if (start >= 0) {
      out.add(new EventSpan(start, points));
    }
    return out;
  }
}
