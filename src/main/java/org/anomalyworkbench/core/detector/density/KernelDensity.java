package org.anomalyworkbench.core.detector.density;

import java.util.stream.IntStream;

/**
 * A Gaussian kernel density over reference rows, one bandwidth for every feature by Scott's
 * rule ({@code h = n^(-1/(d+4))} times the mean standard deviation of the features). A
 * reference row identical to the scored row is left out once, so that a training row does not
 * count its own bump (which would make every training row look dense).
 */
final class KernelDensity {
  private final float[] reference;
  private final int dims;
  final double bandwidth;

  KernelDensity(float[] reference, int dims, double bandwidth) {
    this.reference = reference;
    this.dims = dims;
    this.bandwidth = bandwidth;
  }

  static KernelDensity fit(float[] rows, int dims) {
    int n = rows.length / dims;
    double spread = 0;
    for (int j = 0; j < dims; j++) {
      double sum = 0;
      double sq = 0;
      for (int i = 0; i < n; i++) {
        double v = rows[i * dims + j];
        sum += v;
        sq += v * v;
      }
      double mean = sum / n;
      spread += Math.sqrt(Math.max(0, sq / n - mean * mean));
    }
    spread = spread / dims;
    double h = Math.max(1e-3, (spread > 0 ? spread : 1) * Math.pow(n, -1.0 / (dims + 4)));
    return new KernelDensity(rows, dims, h);
  }

  float[] reference() {
    return reference;
  }

  /** Negative log density of every row-major query (constants included), leaving one identical reference row out. */
  double[] negativeLogDensity(float[] queries) {
    int n = queries.length / dims;
    int m = reference.length / dims;
    double[] out = new double[n];
    double inv = 1.0 / (2 * bandwidth * bandwidth);
    double logNorm = dims * Math.log(bandwidth * Math.sqrt(2 * Math.PI));
    IntStream.range(0, n).parallel().forEach(q -> {
      double[] logs = new double[m];
      boolean skipped = false;
      int used = 0;
      for (int r = 0; r < m; r++) {
        double s = 0;
        for (int j = 0; j < dims; j++) {
          double e = queries[q * dims + j] - reference[r * dims + j];
          s += e * e;
        }
        if (s == 0 && !skipped && m > 1) {
          skipped = true;
          continue;
        }
        logs[used++] = -s * inv;
      }
      double lse = GaussianMixture.logSumExp(java.util.Arrays.copyOf(logs, used));
      out[q] = -(lse - Math.log(used) - logNorm);
    });
    return out;
  }
}
