package org.anomalyworkbench.core.detector.iforest;

import it.unimi.dsi.fastutil.ints.IntOpenHashSet;
import java.util.SplittableRandom;
import org.anomalyworkbench.core.data.PreparedData;

/**
 * Grows one isolation tree (Liu, Ting and Zhou 2008, Algorithm 2) on a subsample, into flat
 * arrays. Each internal node splits on a feature drawn uniformly from those not constant in
 * the node, at a value drawn uniformly in (min, max]; rows with {@code x < split} go left.
 * The two children of a node are stored next to each other, so a node needs only the index
 * of its left child. Growth stops at depth {@code ceil(log2 psi)} or at a single row.
 */
final class TreeBuilder {
  /**
   * One tree in flat form, indices local to the tree.
   *
   * @param feature split feature of each node, -1 for a leaf
   * @param child index of the left child (the right one is next to it); unused for leaves
   * @param value split value of an internal node; for a leaf, its path length
   *     {@code depth + c(rows in leaf)}
   * @param bits {@code log2(rows in parent / rows in node)}: how much the split into this node
   *     narrowed the rows; 0 for the root
   */
  record Tree(int[] feature, int[] child, float[] value, float[] bits) {
    int size() {
      return feature.length;
    }
  }

  private final float[] x;
  private final int d;
  private final int maxDepth;
  private final SplittableRandom rnd;
  private final int[] rows;
  private final int[] featureOrder;
  private final int[] feature;
  private final int[] child;
  private final float[] value;
  private final float[] bits;
  private int nodes;
  private int splitFeature;
  private float splitValue;

  private TreeBuilder(float[] x, int d, int psi, SplittableRandom rnd) {
    this.x = x;
    this.d = d;
    this.rnd = rnd;
    this.maxDepth = (int) Math.ceil(Math.log(psi) / Math.log(2));
    this.rows = new int[psi];
    for (int i = 0; i < psi; i++) {
      rows[i] = i;
    }
    this.featureOrder = new int[d];
    for (int f = 0; f < d; f++) {
      featureOrder[f] = f;
    }
    int capacity = 2 * psi - 1;
    feature = new int[capacity];
    child = new int[capacity];
    value = new float[capacity];
    bits = new float[capacity];
  }

  /** Grows a tree on {@code psi} rows of {@code data} drawn without replacement. */
  static Tree grow(PreparedData data, int psi, SplittableRandom rnd) {
    int d = data.columns();
    int[] sample = sample(data.rows(), psi, rnd);
    float[] local = new float[psi * d];
    for (int i = 0; i < psi; i++) {
      System.arraycopy(data.values(), sample[i] * d, local, i * d, d);
    }
    TreeBuilder b = new TreeBuilder(local, d, psi, rnd);
    b.nodes = 1;
    b.grow(0, 0, psi, 0, 0);
    return b.toTree();
  }

  /** {@code k} distinct indices of {@code [0, n)}, by Floyd's algorithm (O(k), not O(n)). */
  static int[] sample(int n, int k, SplittableRandom rnd) {
    int[] out = new int[k];
    if (k == n) {
      for (int i = 0; i < n; i++) {
        out[i] = i;
      }
      return out;
    }
    IntOpenHashSet chosen = new IntOpenHashSet(2 * k);
    int m = 0;
    for (int j = n - k; j < n; j++) {
      int t = rnd.nextInt(j + 1);
      int pick = chosen.add(t) ? t : j;
      chosen.add(pick);
      out[m++] = pick;
    }
    return out;
  }

  private void grow(int node, int lo, int hi, int depth, int parentSize) {
    int size = hi - lo;
    bits[node] = parentSize == 0 ? 0f : (float) (Math.log((double) parentSize / size) / Math.log(2));
    if (depth >= maxDepth || size <= 1 || !chooseSplit(lo, hi)) {
      feature[node] = -1;
      value[node] = (float) (depth + PathLength.average(size));
      return;
    }
    int f = splitFeature;
    float s = splitValue;
    int mid = lo;
    for (int i = lo; i < hi; i++) {
      if (x[rows[i] * d + f] < s) {
        int t = rows[i];
        rows[i] = rows[mid];
        rows[mid++] = t;
      }
    }
    int left = nodes;
    nodes += 2;
    feature[node] = f;
    child[node] = left;
    value[node] = s;
    grow(left, lo, mid, depth + 1, size);
    grow(left + 1, mid, hi, depth + 1, size);
  }

  /**
   * Tries features in random order until one is not constant on rows {@code lo..hi}, then
   * draws a split in (min, max] so that both children get at least one row.
   */
  private boolean chooseSplit(int lo, int hi) {
    for (int i = 0; i < d; i++) {
      int j = i + rnd.nextInt(d - i);
      int f = featureOrder[j];
      featureOrder[j] = featureOrder[i];
      featureOrder[i] = f;
      float min = Float.POSITIVE_INFINITY;
      float max = Float.NEGATIVE_INFINITY;
      for (int r = lo; r < hi; r++) {
        float v = x[rows[r] * d + f];
        min = Math.min(min, v);
        max = Math.max(max, v);
      }
      if (max > min) {
        float s = (float) (min + rnd.nextDouble() * ((double) max - min));
        // Rounding to float can land on min (empty left child) or above max: clamp into (min, max].
        if (!(s > min)) {
          s = Math.nextUp(min);
        }
        splitFeature = f;
        splitValue = Math.min(s, max);
        return true;
      }
    }
    return false;
  }

  private Tree toTree() {
    return new Tree(java.util.Arrays.copyOf(feature, nodes), java.util.Arrays.copyOf(child, nodes),
        java.util.Arrays.copyOf(value, nodes), java.util.Arrays.copyOf(bits, nodes));
  }
}
