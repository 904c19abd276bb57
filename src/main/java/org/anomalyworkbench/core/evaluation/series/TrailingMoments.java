package org.anomalyworkbench.core.evaluation.series;

/**
 * Mean and variance of the last {@code c} values of one channel as a window slides along it,
 * in O(1) per step. Sums are kept relative to a shift near the window's mean, and the shift is
 * re-taken with an exact two-pass sum over the window whenever {@code window} updates have
 * passed (so rounding from adding and removing cannot drift for long: O(window) work every
 * {@code window} points, O(n) in all) or as soon as the accumulated rounding could reach a
 * 1e-10 share of the variance (after a huge spike leaves the window, the running sum of squares
 * is mostly the spike's rounding).
 */
final class TrailingMoments {
  private static final double ROUNDING = Math.ulp(1.0);
  private static final double DRIFT_LIMIT = 1e-10;

  private final double[] x;
  private final int window;
  private double shift;
  private double sum;
  private double sumSquares;
  private double peakSumSquares;
  private int updates;

  TrailingMoments(double[] values, int window) {
    this.x = values;
    this.window = window;
  }

  /** Moves the window from {@code [p - window, p)} to {@code [p + 1 - window, p + 1)}. */
  void advancePast(int p) {
    double in = x[p] - shift;
    sum += in;
    sumSquares += in * in;
    if (p >= window) {
      double out = x[p - window] - shift;
      sum -= out;
      sumSquares -= out * out;
    }
    peakSumSquares = Math.max(peakSumSquares, sumSquares);
    updates++;
  }

  /**
   * Mean and population variance of {@code x[to - count .. to)} (the current window), as
   * {@code {mean, variance}}.
   */
  double[] meanAndVariance(int to, int count) {
    double spread = sumSquares - sum * sum / count;
    if (updates >= window || spread * DRIFT_LIMIT < updates * ROUNDING * peakSumSquares) {
      rebase(to - count, to);
      spread = sumSquares - sum * sum / count;
    }
    double mean = sum / count;
    return new double[] {shift + mean, Math.max(0, spread / count)};
  }

  private void rebase(int from, int to) {
    double total = 0;
    for (int i = from; i < to; i++) {
      total += x[i];
    }
    shift = total / (to - from);
    sum = 0;
    sumSquares = 0;
    for (int i = from; i < to; i++) {
      double d = x[i] - shift;
      sum += d;
      sumSquares += d * d;
    }
    peakSumSquares = sumSquares;
    updates = 0;
  }
}
