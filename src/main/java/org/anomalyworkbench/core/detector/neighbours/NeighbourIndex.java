package org.anomalyworkbench.core.detector.neighbours;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Exact k-nearest-neighbour search over a reference set. Identical reference rows are stored
 * once with a count (network-traffic sets repeat most rows: http's 567,000 rows hold about 220,000
 * distinct ones), and a count of c stands for c neighbours at that distance. With few
 * coordinates ({@value #TREE_MAX_DIMS} or less) and many points a {@link KdTree} answers
 * queries; otherwise every query is compared with every distinct point ({@link ProductSearch}).
 *
 * <p>Leave-one-out: with {@code skipSelf} a reference point identical to the query counts one
 * fewer, so that a training row is not its own nearest neighbour (PyOD's training scores do
 * the same); a new row identical to a training row is then judged as that row would be.
 */
final class NeighbourIndex {
  static final int TREE_MAX_DIMS = 16;
  static final int TREE_MIN_POINTS = 2048;
  private static final int QUERY_BLOCK = 256;

  private final float[] points;
  private final int[] counts;
  private final int dims;
  private final int total;
  private final KdTree tree;
  private final ProductSearch products;

  /**
   * @param points row-major distinct points
   * @param counts how many reference rows each point stands for (each at least 1)
   */
  NeighbourIndex(float[] points, int[] counts, int dims) {
    this(points, counts, dims, true);
  }

  /** @param allowTree false to compare with every point whatever the shape (tests check the tree against it) */
  NeighbourIndex(float[] points, int[] counts, int dims, boolean allowTree) {
    if (dims < 1 || points.length == 0 || points.length != (long) counts.length * dims) {
      throw new IllegalArgumentException("points must be counts.length x " + dims);
    }
    this.points = points;
    this.counts = counts;
    this.dims = dims;
    this.total = Arrays.stream(counts).sum();
    this.tree = allowTree && dims <= TREE_MAX_DIMS && counts.length >= TREE_MIN_POINTS ? new KdTree(points, dims) : null;
    this.products = tree == null ? new ProductSearch(points, counts, dims) : null;
  }

  /** The index of row-major {@code rows}, identical rows merged. */
  static NeighbourIndex of(float[] rows, int dims) {
    int n = rows.length / dims;
    Map<Row, Integer> seen = new HashMap<>();
    int[] first = new int[n];
    int[] countOf = new int[n];
    int unique = 0;
    for (int r = 0; r < n; r++) {
      Row key = new Row(rows, r * dims, dims);
      Integer at = seen.putIfAbsent(key, unique);
      if (at == null) {
        first[unique] = r;
        countOf[unique] = 1;
        unique++;
      } else {
        countOf[at]++;
      }
    }
    float[] points = new float[unique * dims];
    for (int u = 0; u < unique; u++) {
      System.arraycopy(rows, first[u] * dims, points, u * dims, dims);
    }
    return new NeighbourIndex(points, Arrays.copyOf(countOf, unique), dims);
  }

  /** A row of a float matrix as a hash key, compared bit for bit. */
  private record Row(float[] data, int offset, int dims) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Row r && Arrays.equals(data, offset, offset + dims, r.data, r.offset, r.offset + r.dims);
    }

    @Override
    public int hashCode() {
      int h = 1;
      for (int j = 0; j < dims; j++) {
        h = 31 * h + Float.floatToIntBits(data[offset + j]);
      }
      return h;
    }
  }

  boolean usesTree() {
    return tree != null;
  }

  int dims() {
    return dims;
  }

  /** Distinct reference points. */
  int size() {
    return counts.length;
  }

  /** Reference rows, duplicates included. */
  int rows() {
    return total;
  }

  float[] points() {
    return points;
  }

  int[] counts() {
    return counts;
  }

  /**
   * The {@code k} nearest reference rows of every row-major query (k at most {@link #rows()}, one
   * fewer with {@code skipSelf}); a slot past the available neighbours holds distance infinity.
   */
  Neighbours nearest(float[] queries, int k, boolean skipSelf) {
    int n = queries.length / dims;
    float[] distances = new float[n * k];
    int[] indices = new int[n * k];
    int block = tree != null ? QUERY_BLOCK : ProductSearch.QUERY_BLOCK;
    IntStream.range(0, (n + block - 1) / block).parallel().forEach(b -> {
      int from = b * block;
      int to = Math.min(n, from + block);
      BestK[] best = new BestK[to - from];
      for (int i = 0; i < best.length; i++) {
        best[i] = new BestK(k);
      }
      if (tree != null) {
        for (int q = from; q < to; q++) {
          tree.search(queries, q * dims, counts, skipSelf, best[q - from]);
        }
      } else {
        products.search(queries, from, to, skipSelf, best);
      }
      for (int q = from; q < to; q++) {
        BestK found = best[q - from];
        for (int i = 0; i < k; i++) {
          distances[q * k + i] = (float) Math.sqrt(found.d2[i]);
          indices[q * k + i] = found.index[i];
        }
      }
    });
    return new Neighbours(k, distances, indices);
  }
}
