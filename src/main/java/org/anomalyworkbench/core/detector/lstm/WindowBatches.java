package org.anomalyworkbench.core.detector.lstm;

/**
 * Fills a batch of forecasting windows from a series without storing the windows: window
 * {@code s} has inputs at points {@code s .. s+steps-1} and, at each step, the next point as its
 * target, so a batch costs {@code batch x steps x channels} floats twice, whatever the series
 * length.
 */
final class WindowBatches {
  private WindowBatches() {
  }

  /**
   * @param series point-major, {@code points x channels}
   * @param starts first point of each window; each needs {@code steps + 1} points
   */
  static void fill(float[] series, int channels, int steps, int[] starts, int from, int to, float[] x, float[] y) {
    int size = steps * channels;
    for (int w = from; w < to; w++) {
      int at = starts[w] * channels;
      System.arraycopy(series, at, x, (w - from) * size, size);
      System.arraycopy(series, at + channels, y, (w - from) * size, size);
    }
  }
}
