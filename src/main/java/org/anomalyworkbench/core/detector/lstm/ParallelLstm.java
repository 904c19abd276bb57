package org.anomalyworkbench.core.detector.lstm;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Trains one {@link LstmNetwork} with each batch split across threads: every thread runs its
 * share of the windows through its own copy of the buffers (over the same parameters), the
 * gradients are added, and one Adam step follows. One thread per core: the networks are small,
 * so splitting the batch is the only parallelism that pays.
 */
final class ParallelLstm implements AutoCloseable {
  private final LstmNetwork[] workers;
  private final float[][] gradients;
  private final ExecutorService pool;
  private final AdamStep adam;
  private final float[] params;
  private final int steps;
  private final int warmUp;
  private final int channels;
  private float[][] xs = new float[0][];
  private float[][] ys = new float[0][];

  ParallelLstm(LstmNetwork net, int threads, int steps, int warmUp, double learningRate) {
    this.params = net.params();
    this.channels = net.channels();
    this.steps = steps;
    this.warmUp = warmUp;
    int n = Math.max(1, threads);
    this.workers = new LstmNetwork[n];
    this.gradients = new float[n][params.length];
    for (int i = 0; i < n; i++) {
      workers[i] = i == 0 ? net : new LstmNetwork(net.channels(), net.hidden(), params);
    }
    this.pool = n == 1 ? null : Executors.newFixedThreadPool(n - 1, r -> {
      Thread t = new Thread(r, "awb-lstm-worker");
      t.setDaemon(true);
      return t;
    });
    this.adam = new AdamStep(params.length, learningRate);
  }

  /** One gradient step on windows {@code starts[from..to)} of {@code series}; returns the batch loss. */
  double step(float[] series, int[] starts, int from, int to) {
    int n = to - from;
    int parts = Math.min(workers.length, n);
    ensureBuffers(parts, (n + parts - 1) / parts);
    double scale = 1.0 / ((double) n * (steps - warmUp) * channels);
    List<Future<Double>> futures = new ArrayList<>();
    double loss = 0;
    for (int p = 1; p < parts; p++) {
      int part = p;
      futures.add(pool.submit(() -> part(part, parts, series, starts, from, n, scale)));
    }
    loss += part(0, parts, series, starts, from, n, scale);
    for (Future<Double> f : futures) {
      loss += join(f);
    }
    for (int p = 1; p < parts; p++) {
      float[] g = gradients[p];
      float[] total = gradients[0];
      for (int i = 0; i < total.length; i++) {
        total[i] += g[i];
      }
    }
    adam.apply(params, gradients[0]);
    return loss;
  }

  private double part(int p, int parts, float[] series, int[] starts, int from, int n, double scale) {
    int lo = from + (int) ((long) n * p / parts);
    int hi = from + (int) ((long) n * (p + 1) / parts);
    java.util.Arrays.fill(gradients[p], 0f);
    WindowBatches.fill(series, channels, steps, starts, lo, hi, xs[p], ys[p]);
    return workers[p].lossAndGradient(xs[p], ys[p], hi - lo, steps, warmUp, scale, gradients[p]);
  }

  private void ensureBuffers(int parts, int perPart) {
    int size = perPart * steps * channels;
    if (xs.length < parts || xs[0].length < size) {
      xs = new float[workers.length][size];
      ys = new float[workers.length][size];
    }
  }

  private static double join(Future<Double> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while training", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
    }
  }

  @Override
  public void close() {
    if (pool != null) {
      pool.shutdownNow();
    }
  }
}
