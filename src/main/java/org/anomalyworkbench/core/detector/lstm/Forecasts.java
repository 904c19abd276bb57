package org.anomalyworkbench.core.detector.lstm;

import org.anomalyworkbench.core.data.sample.SlidingWindows;

/**
 * The squared forecast errors of a network over a whole series ({@link PointErrors}, one entry
 * per forecast): windows start every
 * {@code window - warmUp} points, so each point after the first warm-up is forecast once (a last,
 * end-aligned window may forecast a few points twice), always by an LSTM that has read at
 * least {@code warmUp} points.
 */
final class Forecasts {
  private static final int CHUNK_WINDOWS = 256;

  private Forecasts() {
  }

  /** Fewest points a series needs: one window plus the point after it. */
  static int minimumPoints(int window) {
    return window + 1;
  }

  static PointErrors of(LstmNetwork net, float[] series, int points, int window, int warmUp) {
    int channels = net.channels();
    if (points < minimumPoints(window)) {
      throw new IllegalArgumentException("The series has " + points + " point" + (points == 1 ? "" : "s")
          + "; the LSTM needs at least " + minimumPoints(window) + " (a window of " + window
          + " and the point after it). Choose a shorter window.");
    }
    // Inputs are points 0..points-2: each window's forecasts reach at most the last point.
    SlidingWindows windows = new SlidingWindows(points - 1, window, window - warmUp);
    int scored = window - warmUp;
    int n = windows.count() * scored;
    int[] point = new int[n];
    float[] errors = new float[n * channels];
    // Contiguous ranges of windows on the cores, each with its own buffers over the same
    // parameters (one thread scored ~100k points/s; the forecasts are independent).
    int parts = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), windows.count() / CHUNK_WINDOWS));
    java.util.stream.IntStream.range(0, parts).parallel().forEach(part -> {
      LstmNetwork own = part == 0 ? net : new LstmNetwork(channels, net.hidden(), net.params());
      int lo = (int) ((long) windows.count() * part / parts);
      int hi = (int) ((long) windows.count() * (part + 1) / parts);
      forecastRange(own, series, windows, warmUp, lo, hi, point, errors);
    });
    return new PointErrors(point, errors);
  }

  private static void forecastRange(LstmNetwork net, float[] series, SlidingWindows windows, int warmUp, int lo,
      int hi, int[] point, float[] errors) {
    int channels = net.channels();
    int window = windows.length();
    int scored = window - warmUp;
    float[] x = new float[CHUNK_WINDOWS * window * channels];
    float[] pred = new float[CHUNK_WINDOWS * scored * channels];
    int size = window * channels;
    for (int from = lo; from < hi; from += CHUNK_WINDOWS) {
      int to = Math.min(hi, from + CHUNK_WINDOWS);
      for (int w = from; w < to; w++) {
        System.arraycopy(series, windows.start(w) * channels, x, (w - from) * size, size);
      }
      net.predict(x, to - from, window, warmUp, pred);
      for (int w = from; w < to; w++) {
        for (int t = 0; t < scored; t++) {
          int i = w * scored + t;
          int p = windows.start(w) + warmUp + t + 1;
          point[i] = p;
          int pb = ((w - from) * scored + t) * channels;
          for (int c = 0; c < channels; c++) {
            float e = pred[pb + c] - series[p * channels + c];
            errors[i * channels + c] = e * e;
          }
        }
      }
    }
  }
}
