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
 *
 * <p>With hyperplane splits (extended isolation forest, Hariri, Carrasco Kind and Brunner 2021)
 * a node instead draws up to {@code planeSize} features among those not constant in it, a
 * normal weight {@code g ~ N(0, 1)} for each, and an intercept point {@code p} uniformly in the
 * node's bounding box; rows with {@code sum w_f x_f < sum w_f p_f} go left. The weights are
 * taken in the node's box scaled to unit width ({@code w_f = g_f / range_f}), so that, as with
 * axis splits, a feature's units do not matter (the paper uses raw coordinates, where a feature
 * in thousands would dominate every hyperplane). With one feature per plane this is the axis
 * split in distribution. Unlike an axis split, a hyperplane may leave one side empty (the
 * intercept lies in the box, not in the data): that side becomes an empty leaf, as in the paper.
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
  /**
   * @param planeFeature for hyperplane trees, the features of plane {@code j} at
   *     {@code j * planeSize ..}, padded with feature 0 and weight 0; node {@code i}'s plane is
   *     {@code feature[i]}. Empty for axis trees.
   * @param planeWeight normal weights in the data's units
   * @param planeShare {@code |g_f| / sum |g|}: each feature's part of the split, for contributions
   */
  record Tree(int[] feature, int[] child, float[] value, float[] bits, int planeSize, int[] planeFeature,
      float[] planeWeight, float[] planeShare) {
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
  /** Features per hyperplane; 0 for axis splits. */
  private final int planeSize;
  private final int[] planeFeature;
  private final float[] planeWeight;
  private final float[] planeShare;
  private final float[] nodeMin;
  private final float[] nodeMax;
  private int planes;
  private int nodes;
  private int splitFeature;
  private float splitValue;

  private TreeBuilder(float[] x, int d, int psi, int planeSize, SplittableRandom rnd) {
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
    // Empty sides of hyperplanes can make a tree larger than 2 psi - 1 nodes; its depth still bounds it.
    int capacity = planeSize > 0 ? (2 << maxDepth) - 1 : 2 * psi - 1;
    feature = new int[capacity];
    child = new int[capacity];
    value = new float[capacity];
    bits = new float[capacity];
    this.planeSize = planeSize;
    int planeSlots = planeSize * (1 << maxDepth);
    planeFeature = new int[planeSlots];
    planeWeight = new float[planeSlots];
    planeShare = new float[planeSlots];
    nodeMin = new float[planeSize > 0 ? d : 0];
    nodeMax = new float[nodeMin.length];
  }

  /** Grows an axis-split tree on {@code psi} rows of {@code data} drawn without replacement. */
  static Tree grow(PreparedData data, int psi, SplittableRandom rnd) {
    return grow(data, psi, 0, rnd);
  }

  /**
   * Grows a tree on {@code psi} rows of {@code data} drawn without replacement: axis splits for
   * {@code planeSize} 0, else hyperplanes over up to {@code planeSize} features.
   */
  static Tree grow(PreparedData data, int psi, int planeSize, SplittableRandom rnd) {
    int d = data.columns();
    int[] sample = sample(data.rows(), psi, rnd);
    float[] local = new float[psi * d];
    for (int i = 0; i < psi; i++) {
      System.arraycopy(data.values(), sample[i] * d, local, i * d, d);
    }
    TreeBuilder b = new TreeBuilder(local, d, psi, planeSize, rnd);
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
    // An empty side of a hyperplane isolates a row reaching it like a side of one row.
    bits[node] = parentSize == 0 ? 0f : (float) (Math.log((double) parentSize / Math.max(1, size)) / Math.log(2));
    boolean split = depth < maxDepth && size > 1 && (planeSize > 0 ? choosePlane(lo, hi) : chooseSplit(lo, hi));
    if (!split) {
      feature[node] = -1;
      value[node] = (float) (depth + PathLength.average(size));
      return;
    }
    int f = splitFeature;
    float s = splitValue;
    int mid = lo;
    for (int i = lo; i < hi; i++) {
      if (goesLeft(rows[i], f, s)) {
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

  /** For axis splits {@code f} is a feature, for hyperplanes a plane; the walkers test the same way. */
  private boolean goesLeft(int row, int f, float s) {
    if (planeSize == 0) {
      return x[row * d + f] < s;
    }
    float dot = 0;
    for (int j = f * planeSize; j < (f + 1) * planeSize; j++) {
      dot += planeWeight[j] * x[row * d + planeFeature[j]];
    }
    return dot < s;
  }

  /**
   * Draws a hyperplane over up to {@code planeSize} features not constant on rows
   * {@code lo..hi} (see the class comment); false if every feature is constant there.
   */
  private boolean choosePlane(int lo, int hi) {
    java.util.Arrays.fill(nodeMin, Float.POSITIVE_INFINITY);
    java.util.Arrays.fill(nodeMax, Float.NEGATIVE_INFINITY);
    for (int r = lo; r < hi; r++) {
      int base = rows[r] * d;
      for (int f = 0; f < d; f++) {
        float v = x[base + f];
        nodeMin[f] = Math.min(nodeMin[f], v);
        nodeMax[f] = Math.max(nodeMax[f], v);
      }
    }
    int varying = 0;
    for (int f = 0; f < d; f++) {
      if (nodeMax[f] > nodeMin[f]) {
        featureOrder[varying++] = f;
      }
    }
    if (varying == 0) {
      return false;
    }
    int used = Math.min(planeSize, varying);
    int at = planes * planeSize;
    double offset = 0;
    double total = 0;
    for (int i = 0; i < used; i++) {
      int j = i + rnd.nextInt(varying - i);
      int f = featureOrder[j];
      featureOrder[j] = featureOrder[i];
      featureOrder[i] = f;
      double range = (double) nodeMax[f] - nodeMin[f];
      double g = gaussian();
      float w = (float) (g / range);
      double p = nodeMin[f] + rnd.nextDouble() * range;
      planeFeature[at + i] = f;
      planeWeight[at + i] = w;
      planeShare[at + i] = (float) Math.abs(g);
      total += Math.abs(g);
      offset += (double) w * p;
    }
    for (int i = 0; i < used; i++) {
      planeShare[at + i] = total > 0 ? (float) (planeShare[at + i] / total) : 1f / used;
    }
    // Slots beyond 'used' stay feature 0, weight 0: they add nothing to the dot product.
    splitFeature = planes++;
    splitValue = (float) offset;
    return true;
  }

  /** A standard normal draw (Box-Muller), from the tree's own generator so trees stay reproducible. */
  private double gaussian() {
    double u = 1 - rnd.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rnd.nextDouble());
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
    int slots = planes * planeSize;
    return new Tree(java.util.Arrays.copyOf(feature, nodes), java.util.Arrays.copyOf(child, nodes),
        java.util.Arrays.copyOf(value, nodes), java.util.Arrays.copyOf(bits, nodes), planeSize,
        java.util.Arrays.copyOf(planeFeature, slots), java.util.Arrays.copyOf(planeWeight, slots),
        java.util.Arrays.copyOf(planeShare, slots));
  }
}
