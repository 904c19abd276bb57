package org.anomalyworkbench.ui.series;

import java.util.SplittableRandom;

/**
 * Development tool (not a test): times {@link MinMaxDecimation} on a million points onto 1,500
 * pixel columns, the work of one lane per frame. Run with the test classpath:
 * {@code java -cp target/test-classes:target/classes org.anomalyworkbench.ui.series.SeriesBench}.
 */
public final class SeriesBench {
  private SeriesBench() {
  }

  public static void main(String[] args) {
    int n = 1_000_000;
    int width = 1500;
    SplittableRandom rnd = new SplittableRandom(7);
    double[] v = new double[n];
    boolean[] flags = new boolean[n];
    boolean[] labels = new boolean[n];
    for (int i = 0; i < n; i++) {
      v[i] = Math.sin(i / 1000.0) + rnd.nextGaussian() * 0.1;
      flags[i] = rnd.nextInt(1000) == 0;
      labels[i] = i % 100_000 < 500;
    }
    double sink = 0;
    // Warm up the JIT first: the first calls run interpreted.
    for (int i = 0; i < 30; i++) {
      sink += MinMaxDecimation.decimate(v, flags, labels, 0, n, width).high();
    }
    int runs = 50;
    long t0 = System.nanoTime();
    for (int i = 0; i < runs; i++) {
      sink += MinMaxDecimation.decimate(v, flags, labels, 0, n, width).high();
    }
    double ms = (System.nanoTime() - t0) / 1e6 / runs;
    System.out.printf("decimate 1M points (flags, labels) onto %d columns: %.2f ms per lane (%.0f M points/s) [%s]%n",
        width, ms, n / ms / 1000, sink > 0 ? "ok" : "?");
  }
}
