package org.anomalyworkbench.core.detector.convae;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.anomalyworkbench.core.detector.dl4j.AdamStep;
import org.anomalyworkbench.core.detector.dl4j.WorkerResults;

/**
 * One Adam step per batch with the batch split across threads: each thread runs its share of
 * the images through its own {@link ConvPass} (over the same parameters), the gradients are
 * added, and one update follows. The split and the order of the sum are fixed, so a seed gives
 * the same network for the same number of threads.
 */
final class ConvTrainer implements AutoCloseable {
  private final ConvNetwork net;
  private final ConvPass[] passes;
  private final float[][] gradients;
  private final ExecutorService pool;
  private final AdamStep adam;

  ConvTrainer(ConvNetwork net, int threads, int batch, double learningRate) {
    this.net = net;
    int n = Math.max(1, Math.min(threads, batch));
    int share = (batch + n - 1) / n;
    passes = new ConvPass[n];
    gradients = new float[n][net.params().length];
    for (int i = 0; i < n; i++) {
      passes[i] = new ConvPass(net, share);
    }
    pool = n == 1 ? null : Executors.newFixedThreadPool(n - 1, r -> {
      Thread t = new Thread(r, "awb-convae-worker");
      t.setDaemon(true);
      return t;
    });
    adam = new AdamStep(net.params().length, learningRate);
  }

  /**
   * One step on images {@code order[from..to)} of {@code images}; returns the batch's mean
   * squared error per value (the loss minimised).
   */
  double step(float[] images, int[] order, int from, int to) {
    int n = to - from;
    int parts = Math.min(passes.length, n);
    double scale = 1.0 / ((double) n * net.imageSize());
    List<Future<Double>> futures = new ArrayList<>();
    for (int p = 1; p < parts; p++) {
      int part = p;
      futures.add(pool.submit(() -> part(part, parts, images, order, from, n, scale)));
    }
    double sse = part(0, parts, images, order, from, n, scale);
    for (Future<Double> f : futures) {
      sse += WorkerResults.join(f);
    }
    float[] total = gradients[0];
    for (int p = 1; p < parts; p++) {
      float[] g = gradients[p];
      for (int i = 0; i < total.length; i++) {
        total[i] += g[i];
      }
    }
    adam.apply(net.params(), total);
    return sse * scale;
  }

  private double part(int p, int parts, float[] images, int[] order, int from, int n, double scale) {
    int lo = from + (int) ((long) n * p / parts);
    int hi = from + (int) ((long) n * (p + 1) / parts);
    return passes[p].gradient(images, order, lo, hi, scale, gradients[p]);
  }

  /** Mean squared error per value of {@code rows} images, in chunks through the first pass. */
  double loss(float[] images, int rows) {
    ConvPass pass = passes[0];
    int size = net.imageSize();
    float[] recon = new float[pass.capacity() * size];
    double sse = 0;
    for (int from = 0; from < rows; from += pass.capacity()) {
      int n = Math.min(pass.capacity(), rows - from);
      pass.reconstruct(images, from, n, recon, 0);
      int base = from * size;
      for (int i = 0; i < n * size; i++) {
        double e = recon[i] - images[base + i];
        sse += e * e;
      }
    }
    return sse / ((double) rows * size);
  }

  @Override
  public void close() {
    if (pool != null) {
      pool.shutdownNow();
    }
  }
}
