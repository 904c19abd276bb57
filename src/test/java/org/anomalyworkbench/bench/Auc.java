package org.anomalyworkbench.bench;

import java.util.Arrays;

/**
 * ROC-AUC from ranks (Mann-Whitney U), ties sharing their average rank. Test scope only: the
 * product's evaluation package has its own metrics.
 */
public final class Auc {
  private Auc() {
  }

  /** The probability that a random anomaly (label 1) scores higher than a random normal row. */
  public static double rocAuc(double[] scores, int[] labels) {
    int n = scores.length;
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Double.compare(scores[a], scores[b]));
    double rankSumPositives = 0;
    long positives = 0;
    int i = 0;
    while (i < n) {
      int j = i;
      while (j + 1 < n && scores[order[j + 1]] == scores[order[i]]) {
        j++;
      }
      double rank = (i + j) / 2.0 + 1; // average 1-based rank of the tie group
      for (int k = i; k <= j; k++) {
        if (labels[order[k]] == 1) {
          rankSumPositives += rank;
          positives++;
        }
      }
      i = j + 1;
    }
    long negatives = n - positives;
    if (positives == 0 || negatives == 0) {
      return Double.NaN;
    }
    return (rankSumPositives - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
  }
}
