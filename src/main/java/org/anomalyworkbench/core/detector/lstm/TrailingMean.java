package org.anomalyworkbench.core.detector.lstm;

/**
 * Trailing mean of per-point scores and their per-channel contributions over the last
 * {@code k} points (fewer at the start), in time order. A single badly forecast point in a
 * noisy series is common; an anomaly usually spoils several forecasts in a row, so averaging a
 * few keeps it while the isolated noise fades. Contributions are averaged the same way, so
 * they still add up to the score.
 */
final class TrailingMean {
  private TrailingMean() {
  }

  static void apply(double[] scores, float[] contributions, int channels, int k) {
    if (k <= 1) {
      return;
    }
    int n = scores.length;
    double[] raw = scores.clone();
    float[] rawC = contributions.clone();
    double sum = 0;
    double[] sumC = new double[channels];
    for (int p = 0; p < n; p++) {
      sum += raw[p];
      for (int c = 0; c < channels; c++) {
        sumC[c] += rawC[p * channels + c];
      }
      if (p >= k) {
        sum -= raw[p - k];
        for (int c = 0; c < channels; c++) {
          sumC[c] -= rawC[(p - k) * channels + c];
        }
      }
      int count = Math.min(p + 1, k);
      scores[p] = Math.max(0, sum / count);
      for (int c = 0; c < channels; c++) {
        contributions[p * channels + c] = (float) Math.max(0, sumC[c] / count);
      }
    }
  }
}
