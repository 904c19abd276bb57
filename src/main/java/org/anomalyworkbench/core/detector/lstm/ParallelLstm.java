package org.anomalyworkbench.core.detector.lstm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.anomalyworkbench.core.detector.dl4j.AdamStep;
import org.anomalyworkbench.core.detector.dl4j.WorkerResults;

/**
 * Trains one {@link WindowModel} with each batch split across threads: every thread runs its
 * share of the windows through its own copy of the buffers (over the same parameters), the
 * gradients are added, and one Adam step per parameter block follows. One thread per core: the
 * networks are small, so splitting the batch is the only parallelism that pays.
 */
final class ParallelLstm implements AutoCloseable {
  private final WindowModel[] workers;
  private final float[][][] gradients;
  private final ExecutorService pool;
  private final AdamStep[] adam;
  private final float[][] params;

  ParallelLstm(WindowModel model, int threads, double learningRate) {
    this.params = model.parameters();
    int n = Math.max(1, threads);
    this.workers = new WindowModel[n];
    this.gradients = new float[n][params.length][];
    for (int i = 0; i < n; i++) {
      workers[i] = i == 0 ? model : model.sharing();
      for (int k = 0; k < params.length; k++) {
        gradients[i][k] = new float[params[k].length];
      }
    }
    this.pool = n == 1 ? null : Executors.newFixedThreadPool(n - 1, r -> {
      Thread t = new Thread(r, "awb-lstm-worker");
      t.setDaemon(true);
      return t;
    });
    this.adam = new AdamStep[params.length];
    for (int k = 0; k < params.length; k++) {
      adam[k] = new AdamStep(params[k].length, learningRate);
    }
  }

  /** The forecaster's trainer, over {@code steps}-point windows forecast from {@code warmUp} on. */
  ParallelLstm(LstmNetwork net, int threads, int steps, int warmUp, double learningRate) {
    this(new ForecastModel(net, steps, warmUp), threads, learningRate);
  }

  /** One gradient step on windows {@code starts[from..to)} of {@code series}; returns the batch loss. */
  double step(float[] series, int[] starts, int from, int to) {
    int n = to - from;
    int parts = Math.min(workers.length, n);
    double scale = 1.0 / n;
    List<Future<Double>> futures = new ArrayList<>();
    double loss = 0;
    for (int p = 1; p < parts; p++) {
      int part = p;
      futures.add(pool.submit(() -> part(part, parts, series, starts, from, n, scale)));
    }
    loss += part(0, parts, series, starts, from, n, scale);
    for (Future<Double> f : futures) {
      loss += WorkerResults.join(f);
    }
    for (int k = 0; k < params.length; k++) {
      float[] total = gradients[0][k];
      for (int p = 1; p < parts; p++) {
        float[] g = gradients[p][k];
        for (int i = 0; i < total.length; i++) {
          total[i] += g[i];
        }
      }
      adam[k].apply(params[k], total);
    }
    return loss;
  }

  private double part(int p, int parts, float[] series, int[] starts, int from, int n, double scale) {
    int lo = from + (int) ((long) n * p / parts);
    int hi = from + (int) ((long) n * (p + 1) / parts);
    for (float[] g : gradients[p]) {
      Arrays.fill(g, 0f);
    }
    return workers[p].lossAndGradient(series, starts, lo, hi, scale, gradients[p]);
  }

  @Override
  public void close() {
    if (pool != null) {
      pool.shutdownNow();
    }
  }
}
