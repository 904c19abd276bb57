package org.anomalyworkbench.core.scoring;

/** Finds the threshold with the best F1 in one pass over sorted scores. */
final class BestF1Search {
  private BestF1Search() {
  }

  /**
   * Walks the rows from the highest score down; at the end of each group of tied scores,
   * flagging every row so far gives {@code F1 = 2 TP / (flagged + positives)}. Returns the
   * group's score with the highest F1; ties go to the higher threshold. The last group (every
   * scored row flagged) is skipped unless it is the only one: "flag everything" has a
   * respectable F1 whenever anomalies are common, yet it separates nothing.
   *
   * @throws IllegalStateException when no label is 1 (F1 is 0 at every threshold)
   * @throws IllegalArgumentException when a label is neither 0 nor 1
   */
  static ThresholdChoice threshold(SortedScores sorted, int[] labels) {
    int positives = 0;
    for (int i = 0; i < labels.length; i++) {
      if (labels[i] != 0 && labels[i] != 1) {
        throw new IllegalArgumentException("Label of row " + i + " is " + labels[i]
            + "; labels must be 0 (normal) or 1 (anomaly).");
      }
      positives += labels[i];
    }
    if (positives == 0) {
      throw new IllegalStateException("The threshold 'best F1' needs at least one row labelled 1 (anomaly); "
          + "every row is labelled 0. Choose another threshold.");
    }
    int n = sorted.size() - sorted.nanCount();
    int tp = 0;
    double bestF1 = -1;
    double best = Double.POSITIVE_INFINITY;
    for (int rank = 0; rank < n; rank++) {
      tp += labels[sorted.rowAt(rank)];
      double s = sorted.scoreAt(rank);
      if (rank + 1 < n && sorted.scoreAt(rank + 1) == s) {
        continue;
      }
      if (rank + 1 == n && bestF1 >= 0) {
        break; // the trivial all-flagged point, and another candidate exists
      }
      double f1 = 2.0 * tp / (rank + 1 + positives);
      if (f1 > bestF1) {
        bestF1 = f1;
        best = s;
      }
    }
    if (n > 0 && best == sorted.scoreAt(n - 1)) {
      return new ThresholdChoice(best, "every scored row has the same score, so best F1 can only flag all "
          + n + " of them. The detector cannot tell these rows apart; try other features or another detector.");
    }
    return ThresholdChoice.exact(best);
  }
}
