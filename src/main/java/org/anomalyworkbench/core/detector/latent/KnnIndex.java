package org.anomalyworkbench.core.detector.latent;

import java.util.stream.IntStream;

/**
 * Brute-force k-nearest-neighbour distances from query points to a fixed reference set of
 * low-dimensional points (autoencoder embeddings), in plain Java. Queries are processed in
 * blocks against blocks of reference points that fit in the CPU cache, rows of a block in
 * parallel, and a candidate is rejected with one comparison against the current k-th best
 * distance, so 567k queries against 10k references take seconds, not minutes.
 */
final class KnnIndex {
  /** Reference points per cache block: 1024 x 32 floats = 128 KB. */
  private static final int REFERENCE_BLOCK = 1024;

  private final float[] reference;
  private final int dims;
  private final int size;

  /**
   * @param reference row-major reference points, not copied
   * @param dims coordinates per point
   */
  KnnIndex(float[] reference, int dims) {
    if (dims <= 0 || reference.length % dims != 0 || reference.length == 0) {
      throw new IllegalArgumentException("reference must be a non-empty multiple of " + dims);
    }
    this.reference = reference;
    this.dims = dims;
    this.size = reference.length / dims;
  }

  int size() {
    return size;
  }

  float[] reference() {
    return reference;
  }

  /**
   * For each query row, the mean Euclidean distance to its {@code k} nearest reference points
   * (k is capped at the reference size).
   */
  double[] meanKnnDistance(float[] queries, int k) {
    int n = queries.length / dims;
    int kk = Math.min(k, size);
    double[] out = new double[n];
    // Parallel over blocks of queries: each block is independent, results go to disjoint slots.
    int queryBlock = 256;
    IntStream.range(0, (n + queryBlock - 1) / queryBlock).parallel().forEach(b -> {
      int from = b * queryBlock;
      int to = Math.min(n, from + queryBlock);
      float[][] best = new float[to - from][kk];
      for (float[] row : best) {
        java.util.Arrays.fill(row, Float.POSITIVE_INFINITY);
      }
      for (int r0 = 0; r0 < size; r0 += REFERENCE_BLOCK) {
        int r1 = Math.min(size, r0 + REFERENCE_BLOCK);
        for (int q = from; q < to; q++) {
          scanBlock(queries, q, r0, r1, best[q - from]);
        }
      }
      for (int q = from; q < to; q++) {
        double sum = 0;
        for (float d2 : best[q - from]) {
          sum += Math.sqrt(d2);
        }
        out[q] = sum / kk;
      }
    });
    return out;
  }

  /** Updates {@code best} (ascending squared distances) with reference points r0..r1. */
  private void scanBlock(float[] queries, int q, int r0, int r1, float[] best) {
    int qb = q * dims;
    int last = best.length - 1;
    float worst = best[last];
    for (int r = r0; r < r1; r++) {
      int rb = r * dims;
      float d2 = 0;
      for (int j = 0; j < dims; j++) {
        float e = queries[qb + j] - reference[rb + j];
        d2 += e * e;
      }
      if (d2 < worst) {
        int i = last;
        while (i > 0 && best[i - 1] > d2) {
          best[i] = best[i - 1];
          i--;
        }
        best[i] = d2;
        worst = best[last];
      }
    }
  }
}
