package org.anomalyworkbench.core.evaluation;

import org.anomalyworkbench.core.scoring.SortedScores;

/**
 * Labelled scores grouped by distinct score, highest first: for each distinct score
 * {@code t_i}, how many positives and negatives score {@code >= t_i}. Every ranking metric and
 * curve here is computed from this, so tied scores are always treated as one group (never
 * split by row order). NaN scores count as the lowest possible score.
 */
final class Ranking {
  final double[] thresholds;
  final long[] tp;
  final long[] fp;
  final int positives;
  final int negatives;

  private Ranking(double[] thresholds, long[] tp, long[] fp, int positives, int negatives) {
    this.thresholds = thresholds;
    this.tp = tp;
    this.fp = fp;
    this.positives = positives;
    this.negatives = negatives;
  }

  static Ranking of(double[] scores, int[] labels) {
    int positives = checkLabels(scores, labels);
    double[] s = scores;
    for (int i = 0; i < s.length; i++) {
      if (Double.isNaN(s[i])) {
        if (s == scores) {
          s = scores.clone();
        }
        s[i] = Double.NEGATIVE_INFINITY;
      }
    }
    SortedScores sorted = new SortedScores(s);
    int n = s.length;
    int groups = 0;
    for (int r = 0; r < n; r++) {
      if (r + 1 == n || sorted.scoreAt(r + 1) != sorted.scoreAt(r)) {
        groups++;
      }
    }
    double[] thresholds = new double[groups];
    long[] tp = new long[groups];
    long[] fp = new long[groups];
    long p = 0;
    long f = 0;
    int g = 0;
    for (int r = 0; r < n; r++) {
      if (labels[sorted.rowAt(r)] == 1) {
        p++;
      } else {
        f++;
      }
      if (r + 1 == n || sorted.scoreAt(r + 1) != sorted.scoreAt(r)) {
        thresholds[g] = sorted.scoreAt(r);
        tp[g] = p;
        fp[g] = f;
        g++;
      }
    }
    return new Ranking(thresholds, tp, fp, positives, n - positives);
  }

  /**
   * @return the number of positives
   * @throws IllegalArgumentException if lengths differ or a label is not 0/1
   */
  static int checkLabels(double[] scores, int[] labels) {
    if (scores.length != labels.length) {
      throw new IllegalArgumentException("There are " + scores.length + " scores but " + labels.length
          + " labels; they must describe the same rows.");
    }
    int positives = 0;
    for (int i = 0; i < labels.length; i++) {
      if (labels[i] != 0 && labels[i] != 1) {
        throw new IllegalArgumentException("Label of row " + i + " is " + labels[i]
            + "; labels must be 0 (normal) or 1 (anomaly).");
      }
      positives += labels[i];
    }
    return positives;
  }

  int groups() {
    return thresholds.length;
  }

  int rows() {
    return positives + negatives;
  }
}
