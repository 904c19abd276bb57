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
 * queries; otherwise every query is compared with every distinct point, in cache-sized blocks.
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
  /** Without a tree: {@code byCoordinate[j * size + p]} = coordinate j of point p (see {@link #bruteForce}). */
  private final float[] byCoordinate;
  private static final int REFERENCE_BLOCK = 1024;

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
    int size = counts.length;
    this.byCoordinate = tree != null ? null : new float[points.length];
    if (byCoordinate != null) {
      for (int p = 0; p < size; p++) {
        for (int j = 0; j < dims; j++) {
          byCoordinate[j * size + p] = points[p * dims + j];
        }
      }
    }
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
    IntStream.range(0, (n + QUERY_BLOCK - 1) / QUERY_BLOCK).parallel().forEach(b -> {
      BestK best = new BestK(k);
      float[] d2 = tree == null ? new float[REFERENCE_BLOCK] : null;
      int from = b * QUERY_BLOCK;
      int to = Math.min(n, from + QUERY_BLOCK);
      for (int q = from; q < to; q++) {
        best.reset();
        if (tree != null) {
          tree.search(queries, q * dims, counts, skipSelf, best);
        } else {
          bruteForce(queries, q * dims, skipSelf, best, d2);
        }
        for (int i = 0; i < k; i++) {
          distances[q * k + i] = (float) Math.sqrt(best.d2[i]);
          indices[q * k + i] = best.index[i];
        }
      }
    });
    return new Neighbours(k, distances, indices);
  }

  /**
   * Compares the query with every point, a block of points at a time, coordinate by coordinate
   * over the coordinate-major copy: contiguous loops the JIT vectorises (the same layout made
   * latent k-NN 1.5x faster). Each distance is still summed over coordinates in order, so the
   * floats equal a point-by-point sum.
   */
  private void bruteForce(float[] q, int qOffset, boolean skipSelf, BestK best, float[] d2) {
    int size = counts.length;
    for (int p0 = 0; p0 < size; p0 += REFERENCE_BLOCK) {
      int count = Math.min(REFERENCE_BLOCK, size - p0);
      float c0 = q[qOffset];
      for (int i = 0; i < count; i++) {
        float e = c0 - byCoordinate[p0 + i];
        d2[i] = e * e;
      }
      for (int j = 1; j < dims; j++) {
        float cj = q[qOffset + j];
        int base = j * size + p0;
        for (int i = 0; i < count; i++) {
          float e = cj - byCoordinate[base + i];
          d2[i] += e * e;
        }
      }
      for (int i = 0; i < count; i++) {
        float s = d2[i];
        if (s <= best.worst()) {
          int p = p0 + i;
          best.offer(s, p, s == 0 && skipSelf ? counts[p] - 1 : counts[p]);
        }
      }
    }
  }
}
