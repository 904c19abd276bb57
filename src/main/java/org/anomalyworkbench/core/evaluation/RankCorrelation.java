package org.anomalyworkbench.core.evaluation;

import java.util.Arrays;

/**
 * Ranks with ties and the correlations built on them: how far two detectors order the same rows
 * alike (Spearman's rho is Pearson's r of the ranks). Used to weight ensemble members by
 * agreement and to compare runs.
 */
public final class RankCorrelation {
  private RankCorrelation() {
  }

  /** Ranks 0..n-1, ties sharing their mean rank. */
  public static double[] ranks(double[] values) {
    int n = values.length;
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Double.compare(values[a], values[b]));
    double[] out = new double[n];
    int i = 0;
    while (i < n) {
      int j = i;
      while (j + 1 < n && values[order[j + 1]] == values[order[i]]) {
        j++;
      }
      double mean = (i + j) / 2.0;
      for (int k = i; k <= j; k++) {
        out[order[k]] = mean;
      }
      i = j + 1;
    }
    return out;
  }

  /** Pearson's r; NaN when either side is constant. */
  public static double pearson(double[] a, double[] b) {
    if (a.length != b.length) {
      throw new IllegalArgumentException("Correlation needs two arrays of one length, not " + a.length + " and "
          + b.length);
    }
    int n = a.length;
    double ma = Arrays.stream(a).average().orElse(0);
    double mb = Arrays.stream(b).average().orElse(0);
    double sab = 0;
    double saa = 0;
    double sbb = 0;
    for (int i = 0; i < n; i++) {
      double x = a[i] - ma;
      double y = b[i] - mb;
      sab += x * y;
      saa += x * x;
      sbb += y * y;
    }
    return saa == 0 || sbb == 0 ? Double.NaN : sab / Math.sqrt(saa * sbb);
  }

  /** Spearman's rho: Pearson's r of the ranks (ties share their mean rank). */
  public static double spearman(double[] a, double[] b) {
    return pearson(ranks(a), ranks(b));
  }
}
