package org.anomalyworkbench.core.detector.lstm;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Training windows/s of the hand-written LSTM for the issue-12 shape (window 64, 1 channel,
 * hidden 32, next-point forecaster, Adam 1e-3). Not a test:
 * {@code LstmSpeedProbe [batch=64] [threads=2] [warmUp=63] [seconds=5]}; prints three rounds.
 */
public final class LstmSpeedProbe {
  private LstmSpeedProbe() {
  }

  public static void main(String[] args) {
    int batch = args.length > 0 ? Integer.parseInt(args[0]) : 64;
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    int warmUp = args.length > 2 ? Integer.parseInt(args[2]) : 63;
    double seconds = args.length > 3 ? Double.parseDouble(args[3]) : 5;
    int steps = 64;
    int points = 100_000;
    SplittableRandom rnd = new SplittableRandom(1);
    float[] series = new float[points];
    for (int i = 1; i < points; i++) {
      series[i] = (float) (0.99 * series[i - 1] + 0.1 * rnd.nextGaussian());
    }
    int[] starts = new int[points - steps - 1];
    for (int i = 0; i < starts.length; i++) {
      starts[i] = i;
    }
    LstmNetwork net = new LstmNetwork(1, 32, 1);
    try (ParallelLstm trainer = new ParallelLstm(net, threads, steps, warmUp, 1e-3)) {
      int at = 0;
      for (int round = 0; round < 3; round++) {
        long start = System.nanoTime();
        long windows = 0;
        double loss = 0;
        while (System.nanoTime() - start < seconds * 1e9) {
          if (at + batch > starts.length) {
            at = 0;
          }
          loss = trainer.step(series, starts, at, at + batch);
          at += batch;
          windows += batch;
        }
        double s = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "batch %d, %d threads, warm-up %d: %.0f windows/s (loss %.5f)%n", batch,
            threads, warmUp, windows / s, loss);
      }
    }
  }
}
