package org.anomalyworkbench.core.detector.neighbours;

/**
 * A k-d tree over row-major points for exact nearest-neighbour queries when there are few
 * coordinates (where brute force would compare every query with every point: 567,000 rows of
 * three features take hours that way and seconds this way). Each node splits its points at the
 * median of the coordinate with the widest spread; leaves hold up to {@value #LEAF} points.
 * A query descends to the nearer side first and visits the farther side only when the
 * splitting plane is closer than its current k-th best distance, so results are exact.
 */
final class KdTree {
  static final int LEAF = 16;

  private final float[] points;
  private final int dims;
  /** Point indices, permuted so that each node's points are contiguous. */
  private final int[] order;
  // Node arrays: node i covers order[start[i]..end[i]); internal nodes split at value on dim.
  private int[] start;
  private int[] end;
  private int[] dim;
  private float[] value;
  private int[] left;
  private int[] right;
  private int nodes;

  KdTree(float[] points, int dims) {
    this.points = points;
    this.dims = dims;
    int n = points.length / dims;
    order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    int capacity = Math.max(1, 4 * (n / LEAF + 1));
    start = new int[capacity];
    end = new int[capacity];
    dim = new int[capacity];
    value = new float[capacity];
    left = new int[capacity];
    right = new int[capacity];
    build(0, n);
  }

  private int build(int from, int to) {
    int node = nodes++;
    ensureCapacity();
    start[node] = from;
    end[node] = to;
    left[node] = -1;
    right[node] = -1;
    if (to - from <= LEAF) {
      return node;
    }
    int splitDim = widestDimension(from, to);
    int mid = (from + to) >>> 1;
    select(from, to - 1, mid, splitDim);
    float split = points[order[mid] * dims + splitDim];
    if (widest(from, to, splitDim) == 0) {
      return node; // no spread on the widest coordinate: the points coincide (cannot happen for unique points)
    }
    dim[node] = splitDim;
    value[node] = split;
    int l = build(from, mid);
    int r = build(mid, to);
    left[node] = l;
    right[node] = r;
    return node;
  }

  private void ensureCapacity() {
    if (nodes <= start.length) {
      return;
    }
    int c = start.length * 2;
    start = java.util.Arrays.copyOf(start, c);
    end = java.util.Arrays.copyOf(end, c);
    dim = java.util.Arrays.copyOf(dim, c);
    value = java.util.Arrays.copyOf(value, c);
    left = java.util.Arrays.copyOf(left, c);
    right = java.util.Arrays.copyOf(right, c);
  }

  private float coordinate(int position, int d) {
    return points[order[position] * dims + d];
  }

  private float widest(int from, int to, int d) {
    float lo = Float.POSITIVE_INFINITY;
    float hi = Float.NEGATIVE_INFINITY;
    for (int i = from; i < to; i++) {
      float v = coordinate(i, d);
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
    return hi - lo;
  }

  private int widestDimension(int from, int to) {
    int best = 0;
    float bestSpread = -1;
    for (int d = 0; d < dims; d++) {
      float spread = widest(from, to, d);
      if (spread > bestSpread) {
        bestSpread = spread;
        best = d;
      }
    }
    return best;
  }

  /** Quickselect on {@code order[lo..hi]} by coordinate {@code d} so that position k holds its median. */
  private void select(int lo, int hi, int k, int d) {
    while (lo < hi) {
      float pivot = coordinate((lo + hi) >>> 1, d);
      int i = lo;
      int j = hi;
      while (i <= j) {
        while (coordinate(i, d) < pivot) {
          i++;
        }
        while (coordinate(j, d) > pivot) {
          j--;
        }
        if (i <= j) {
          int t = order[i];
          order[i] = order[j];
          order[j] = t;
          i++;
          j--;
        }
      }
      if (k <= j) {
        hi = j;
      } else if (k >= i) {
        lo = i;
      } else {
        return;
      }
    }
  }

  /**
   * Offers every point within reach of the query at {@code qOffset} to {@code best}, each as
   * many times as {@code counts} says (one fewer for a point identical to the query when
   * {@code skipSelf}).
   */
  void search(float[] queries, int qOffset, int[] counts, boolean skipSelf, BestK best) {
    searchNode(0, queries, qOffset, counts, skipSelf, best);
  }

  private void searchNode(int node, float[] q, int qOffset, int[] counts, boolean skipSelf, BestK best) {
    if (left[node] < 0) {
      for (int i = start[node]; i < end[node]; i++) {
        int p = order[i];
        int base = p * dims;
        float s = 0;
        for (int j = 0; j < dims; j++) {
          float e = q[qOffset + j] - points[base + j];
          s += e * e;
        }
        best.offer(s, p, s == 0 && skipSelf ? counts[p] - 1 : counts[p]);
      }
      return;
    }
    float diff = q[qOffset + dim[node]] - value[node];
    int near = diff < 0 ? left[node] : right[node];
    int far = diff < 0 ? right[node] : left[node];
    searchNode(near, q, qOffset, counts, skipSelf, best);
    // <= keeps ties on the plane exact: a point on the far side may be as near as the k-th best.
    if (diff * diff <= best.worst()) {
      searchNode(far, q, qOffset, counts, skipSelf, best);
    }
  }
}
