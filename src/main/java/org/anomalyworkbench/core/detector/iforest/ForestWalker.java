package org.anomalyworkbench.core.detector.iforest;

import java.util.Arrays;

/**
 * Walks blocks of rows through a forest in lock step, for speed. A plain walk is a chain of
 * dependent loads and a branch the CPU mispredicts half of the time. Here every row of a
 * block takes one step per pass, the steps of different rows are independent so the CPU
 * overlaps them, and the next node is picked by index arithmetic instead of a branch. Leaves
 * point to themselves, so a row that is already isolated stays put until the deepest path of
 * the tree is done. Measured on 567k x 3 rows, 100 trees, one thread: 1.3 s against 2.8 s
 * for a plain walk, and 1.06 s once the per-feature credit below left the inner loop.
 *
 * <p>The isolation credit of a row in a tree depends only on the leaf it reaches (the path to
 * a leaf is unique), so each leaf stores its path's bits summed per feature, and a row adds
 * those few numbers once per tree instead of once per level.
 *
 * <p>Hyperplane forests ({@code planeSize > 0}) store a plane id where axis forests store a
 * feature; a step computes the row's dot product with that plane's weights, in slot order as
 * the {@link TreeBuilder} did, so both put a row on the same side. A split's bits are credited
 * to the plane's features in proportion to their shares.
 */
final class ForestWalker {
  private final int features;
  private final int[] roots;
  private final int[] treeDepth;
  private final int[] splitFeature;
  private final float[] split;
  /** Children of node {@code i} at {@code 2i} (left) and {@code 2i + 1} (right); a leaf's are itself. */
  private final int[] kids;
  private final float[] value;
  /** Credits of leaf {@code i} are entries {@code creditStart[i]} to {@code creditStart[i + 1] - 1}. */
  private final int[] creditStart;
  private final int[] creditFeature;
  private final double[] creditBits;
  private final int planeSize;
  private final int[] planeFeature;
  private final float[] planeWeight;

  /** An axis-split forest. */
  ForestWalker(int features, int[] roots, int[] feature, int[] child, float[] value, float[] bits) {
    this(features, roots, feature, child, value, bits, 0, new int[0], new float[0], new float[0]);
  }

  ForestWalker(int features, int[] roots, int[] feature, int[] child, float[] value, float[] bits, int planeSize,
      int[] planeFeature, float[] planeWeight, float[] planeShare) {
    int n = feature.length;
    this.features = features;
    this.planeSize = planeSize;
    this.planeFeature = planeFeature;
    this.planeWeight = planeWeight;
    this.roots = roots;
    this.value = value;
    splitFeature = new int[n];
    split = new float[n];
    kids = new int[2 * n];
    int[] parent = new int[n];
    Arrays.fill(parent, -1);
    for (int i = 0; i < n; i++) {
      boolean leaf = feature[i] < 0;
      splitFeature[i] = leaf ? 0 : feature[i];
      split[i] = leaf ? 0 : value[i];
      kids[2 * i] = leaf ? i : child[i];
      kids[2 * i + 1] = leaf ? i : child[i] + 1;
      if (!leaf) {
        parent[child[i]] = i;
        parent[child[i] + 1] = i;
      }
    }
    treeDepth = new int[roots.length];
    for (int t = 0; t < roots.length; t++) {
      treeDepth[t] = depth(roots[t], feature, child);
    }
    creditStart = new int[n + 1];
    int[] cf = new int[16];
    double[] cb = new double[16];
    double[] perFeature = new double[features];
    boolean[] seen = new boolean[features];
    int[] touched = new int[features];
    int m = 0;
    for (int i = 0; i < n; i++) {
      creditStart[i] = m;
      if (feature[i] >= 0) {
        continue;
      }
      int k = 0;
      for (int node = i; parent[node] >= 0; node = parent[node]) {
        int split = feature[parent[node]];
        if (planeSize == 0) {
          k = credit(split, bits[node], perFeature, seen, touched, k);
        } else {
          for (int j = split * planeSize; j < (split + 1) * planeSize; j++) {
            k = credit(planeFeature[j], bits[node] * (double) planeShare[j], perFeature, seen, touched, k);
          }
        }
      }
      Arrays.sort(touched, 0, k);
      if (m + k > cf.length) {
        cf = Arrays.copyOf(cf, Math.max(2 * cf.length, m + k));
        cb = Arrays.copyOf(cb, cf.length);
      }
      for (int j = 0; j < k; j++) {
        cf[m] = touched[j];
        cb[m++] = perFeature[touched[j]];
        perFeature[touched[j]] = 0;
        seen[touched[j]] = false;
      }
    }
    creditStart[n] = m;
    creditFeature = Arrays.copyOf(cf, m);
    creditBits = Arrays.copyOf(cb, m);
  }

  private static int credit(int f, double amount, double[] perFeature, boolean[] seen, int[] touched, int k) {
    if (!seen[f]) {
      seen[f] = true;
      touched[k++] = f;
    }
    perFeature[f] += amount;
    return k;
  }

  private static int depth(int node, int[] feature, int[] child) {
    return feature[node] < 0 ? 0
        : 1 + Math.max(depth(child[node], feature, child), depth(child[node] + 1, feature, child));
  }

  /**
   * Adds, for rows {@code from..to} of {@code x}, the leaf path lengths of all trees to
   * {@code pathSum[row - from]} and the isolation bits per feature to
   * {@code isolated[(row - from) * features + feature]}.
   */
  void walk(float[] x, int from, int to, double[] pathSum, double[] isolated) {
    int rows = to - from;
    int d = features;
    int[] node = new int[rows];
    for (int t = 0; t < roots.length; t++) {
      Arrays.fill(node, roots[t]);
      if (planeSize > 0) {
        walkPlanes(x, from, rows, node, treeDepth[t]);
      }
      for (int step = 0; planeSize == 0 && step < treeDepth[t]; step++) {
        for (int i = 0; i < rows; i++) {
          int nd = node[i];
          // Selecting an index (not one of two loads) lets the JIT compile the comparison
          // without a branch.
          node[i] = kids[2 * nd + (x[(from + i) * d + splitFeature[nd]] < split[nd] ? 0 : 1)];
        }
      }
      for (int i = 0; i < rows; i++) {
        int leaf = node[i];
        pathSum[i] += value[leaf];
        for (int c = creditStart[leaf]; c < creditStart[leaf + 1]; c++) {
          isolated[i * d + creditFeature[c]] += creditBits[c];
        }
      }
    }
  }

  /** The hyperplane counterpart of the axis steps in {@link #walk}; a leaf's plane id is 0, harmless as it points to itself. */
  private void walkPlanes(float[] x, int from, int rows, int[] node, int depth) {
    int d = features;
    for (int step = 0; step < depth; step++) {
      for (int i = 0; i < rows; i++) {
        int nd = node[i];
        int base = (from + i) * d;
        int at = splitFeature[nd] * planeSize;
        float dot = 0;
        for (int j = at; j < at + planeSize; j++) {
          dot += planeWeight[j] * x[base + planeFeature[j]];
        }
        node[i] = kids[2 * nd + (dot < split[nd] ? 0 : 1)];
      }
    }
  }
}
