package org.anomalyworkbench.core.evaluation;

/**
 * Thins a curve for drawing while keeping its shape: walking along the curve, a point is kept
 * once it is at least {@code L / (maxPoints - 2)} away (Manhattan distance) from the last kept
 * point, where {@code L} is the curve's length; the first and last points are always kept.
 * Steep parts keep their detail; long flat runs of near-identical points collapse.
 */
final class CurveDecimation {
  private CurveDecimation() {
  }

  /** Indices of the points to keep, ascending; all of them when there are at most {@code maxPoints}. */
  static int[] select(double[] x, double[] y, int maxPoints) {
    if (maxPoints < 2) {
      throw new IllegalArgumentException("maxPoints must be at least 2, got " + maxPoints);
    }
    int n = x.length;
    if (n <= maxPoints) {
      int[] all = new int[n];
      for (int i = 0; i < n; i++) {
        all[i] = i;
      }
      return all;
    }
    double length = 0;
    for (int i = 1; i < n; i++) {
      length += Math.abs(x[i] - x[i - 1]) + Math.abs(y[i] - y[i - 1]);
    }
    double step = length / (maxPoints - 2);
    int[] kept = new int[maxPoints];
    int m = 0;
    kept[m++] = 0;
    int last = 0;
    for (int i = 1; i < n - 1; i++) {
      // Distance between kept points is at most the path length between them, so at most
      // maxPoints - 2 interior points pass this test.
      if (Math.abs(x[i] - x[last]) + Math.abs(y[i] - y[last]) >= step && m < maxPoints - 1) {
        kept[m++] = i;
        last = i;
      }
    }
    kept[m++] = n - 1;
    return java.util.Arrays.copyOf(kept, m);
  }

  static double[] pick(double[] values, int[] indices) {
    double[] out = new double[indices.length];
    for (int i = 0; i < indices.length; i++) {
      out[i] = values[indices[i]];
    }
    return out;
  }
}
