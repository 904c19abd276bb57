package org.anomalyworkbench.core.detector.neighbours;

import org.anomalyworkbench.core.detector.dl4j.Blas;

/**
 * Exact nearest neighbours by comparing each query with every point, where a tree cannot prune
 * (many coordinates). Squared distances are first bounded from below for a block of queries
 * against a block of points at once, as {@code |q|^2 + |p|^2 - 2 q.p} with the dot products from
 * one BLAS matrix product; only points whose bound can still reach a query's k best are then
 * measured coordinate by coordinate, exactly as before, and offered to its {@link BestK}. The
 * result is bit for bit the plain comparison's. On 80,000 reference rows of 20 features about
 * 52 points per query get measured (k = 5), and a query costs 3-4x less than the coordinate
 * loop it replaces ({@code docs/BENCHMARKS.md}, Scale).
 *
 * <p>Why the bound is safe: the product and the norms are rounded, and {@code |q|^2 + |p|^2 -
 * 2 q.p} cancels when the distance is small against the norms. The coordinates are centred on
 * the points' mean first (distances do not change, norms shrink), and the bound subtracts
 * {@code t (|q|^2 + |p|^2)} with {@code t = 4 (d + 8) 2^-24}, twice the worst rounding error of
 * a d-term float product, of the centring and of the measured distance together, so a point
 * whose measured distance would enter the k best always passes.
 */
final class ProductSearch {
  /** Queries per product: a 128 x 1024 block of products (512 KB) stays in the cache. */
  static final int QUERY_BLOCK = 128;
  private static final int POINT_BLOCK = 1024;

  private final float[] points;
  private final int[] counts;
  private final int dims;
  private final int size;
  private final float[] mean;
  private final float[] centred;
  /** {@code |p - mean|^2 (1 - t)}, rounded down. */
  private final float[] lowNorm;
  private final double slack;
  private final ThreadLocal<Scratch> scratch;

  ProductSearch(float[] points, int[] counts, int dims) {
    this.points = points;
    this.counts = counts;
    this.dims = dims;
    this.size = counts.length;
    this.slack = 4.0 * (dims + 8) * 0x1p-24;
    this.scratch = ThreadLocal.withInitial(() -> new Scratch(dims));
    double[] sum = new double[dims];
    for (int p = 0; p < size; p++) {
      for (int j = 0; j < dims; j++) {
        sum[j] += points[p * dims + j];
      }
    }
    mean = new float[dims];
    for (int j = 0; j < dims; j++) {
      mean[j] = (float) (sum[j] / size);
    }
    centred = new float[points.length];
    lowNorm = new float[size];
    for (int p = 0; p < size; p++) {
      lowNorm[p] = Math.nextDown((float) (centre(points, p * dims, centred, p * dims) * (1 - slack)));
    }
  }

  /** Writes {@code x - mean} at {@code to} and returns its squared norm. */
  private double centre(float[] x, int from, float[] target, int to) {
    double norm = 0;
    for (int j = 0; j < dims; j++) {
      float c = x[from + j] - mean[j];
      target[to + j] = c;
      norm += (double) c * c;
    }
    return norm;
  }

  /** Scratch for one block of queries; one per thread. */
  private static final class Scratch {
    private final float[] queries;
    private final double[] norms = new double[QUERY_BLOCK];
    private final float[] products = new float[QUERY_BLOCK * POINT_BLOCK];
    private final int[] candidates = new int[POINT_BLOCK];

    Scratch(int dims) {
      queries = new float[QUERY_BLOCK * dims];
    }
  }

  /**
   * Offers to {@code best[i]} every point that can be among the nearest of query
   * {@code from + i}, for queries {@code from} to {@code to} (at most {@link #QUERY_BLOCK}).
   */
  void search(float[] queries, int from, int to, boolean skipSelf, BestK[] best) {
    Scratch scratch = this.scratch.get();
    int count = to - from;
    for (int i = 0; i < count; i++) {
      scratch.norms[i] = centre(queries, (from + i) * dims, scratch.queries, i * dims);
    }
    for (int p0 = 0; p0 < size; p0 += POINT_BLOCK) {
      int block = Math.min(POINT_BLOCK, size - p0);
      Blas.multiply(scratch.queries, 0, false, centred, p0 * dims, true, scratch.products, 0, count, block, dims);
      for (int i = 0; i < count; i++) {
        screen(queries, (from + i) * dims, scratch.norms[i], scratch.products, i * block, p0, block, skipSelf, best[i],
            scratch.candidates);
      }
    }
  }

  private void screen(float[] queries, int qOffset, double queryNorm, float[] products, int row, int p0, int block,
      boolean skipSelf, BestK best, int[] candidates) {
    // First the points that pass at the k-th best distance as it stands (a short, branch-light
    // loop over the whole block), then those measured in order as the k-th best tightens.
    float limit = limit(best, queryNorm);
    int found = 0;
    for (int c = 0; c < block; c++) {
      if (lowNorm[p0 + c] - 2f * products[row + c] <= limit) {
        candidates[found++] = c;
      }
    }
    for (int i = 0; i < found; i++) {
      int c = candidates[i];
      if (lowNorm[p0 + c] - 2f * products[row + c] <= limit) {
        int p = p0 + c;
        float d2 = distance(queries, qOffset, p);
        if (d2 <= best.worst()) {
          best.offer(d2, p, d2 == 0 && skipSelf ? counts[p] - 1 : counts[p]);
          limit = limit(best, queryNorm);
        }
      }
    }
  }

  /** The largest {@code lowNorm - 2 q.p} a point may have and still reach the k best. */
  private float limit(BestK best, double queryNorm) {
    float worst = best.worst();
    if (worst == Float.POSITIVE_INFINITY) {
      return Float.POSITIVE_INFINITY;
    }
    return Math.nextUp((float) (worst * (1 + slack) - queryNorm * (1 - slack)));
  }

  /** The squared distance summed over coordinates in order, as every search here measures it. */
  private float distance(float[] q, int qOffset, int p) {
    int base = p * dims;
    float s = 0;
    for (int j = 0; j < dims; j++) {
      float e = q[qOffset + j] - points[base + j];
      s += e * e;
    }
    return s;
  }
}
