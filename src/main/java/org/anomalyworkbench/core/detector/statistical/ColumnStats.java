package org.anomalyworkbench.core.detector.statistical;

import java.util.Arrays;
import org.anomalyworkbench.core.data.PreparedData;

/**
 * Per-column location and scale estimates of a row-major matrix, in double precision.
 * Each method returns one value per column.
 */
final class ColumnStats {
  /** Consistency constant: MAD / 0.6745 estimates the standard deviation of normal data. */
  static final double MAD_TO_SIGMA = 1 / 0.6745;
  /** Consistency constant: 1.253314 * mean absolute deviation estimates the normal sigma. */
  static final double MEAN_AD_TO_SIGMA = 1.253314;

  private ColumnStats() {
  }

  static double[] mean(PreparedData data) {
    int d = data.columns();
    double[] sum = new double[d];
    float[] x = data.values();
    for (int i = 0; i < x.length; i++) {
      sum[i % d] += x[i];
    }
    for (int f = 0; f < d; f++) {
      sum[f] /= data.rows();
    }
    return sum;
  }

  /** Population standard deviation (divides by n), two-pass for accuracy. */
  static double[] standardDeviation(PreparedData data, double[] mean) {
    int d = data.columns();
    double[] ss = new double[d];
    float[] x = data.values();
    for (int i = 0; i < x.length; i++) {
      double e = x[i] - mean[i % d];
      ss[i % d] += e * e;
    }
    for (int f = 0; f < d; f++) {
      ss[f] = Math.sqrt(ss[f] / data.rows());
    }
    return ss;
  }

  /** One column as doubles. */
  static double[] column(PreparedData data, int f) {
    int d = data.columns();
    float[] x = data.values();
    double[] c = new double[data.rows()];
    for (int r = 0; r < c.length; r++) {
      c[r] = x[r * d + f];
    }
    return c;
  }

  /** Median of {@code values}; sorts the array in place. Even counts average the middle two. */
  static double medianInPlace(double[] values) {
    Arrays.sort(values);
    int n = values.length;
    return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
  }

  /**
   * Median and a robust sigma per column: MAD / 0.6745 (Iglewicz and Hoaglin); where the MAD
   * is 0 (more than half the values equal), 1.253314 * mean absolute deviation from the
   * median; where that is 0 too (a constant column), 1.
   *
   * @return {@code [medians, sigmas]}
   */
  static double[][] medianAndRobustSigma(PreparedData data) {
    int d = data.columns();
    double[] median = new double[d];
    double[] sigma = new double[d];
    for (int f = 0; f < d; f++) {
      double[] c = column(data, f);
      double m = medianInPlace(c);
      double absSum = 0;
      for (int i = 0; i < c.length; i++) {
        c[i] = Math.abs(c[i] - m);
        absSum += c[i];
      }
      double mad = medianInPlace(c);
      double meanAd = absSum / c.length;
      median[f] = m;
      sigma[f] = mad > 0 ? mad * MAD_TO_SIGMA : meanAd > 0 ? MEAN_AD_TO_SIGMA * meanAd : 1;
    }
    return new double[][] {median, sigma};
  }
}
