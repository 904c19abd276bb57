package org.anomalyworkbench.core.explain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.DoubleConsumer;
import org.anomalyworkbench.core.data.PreparedData;
import org.anomalyworkbench.core.detector.TrainedDetector;
import org.anomalyworkbench.core.training.CancellationToken;

/**
 * Shapley values of any detector's score for one row (Lundberg and Lee, "A Unified Approach to
 * Interpreting Model Predictions", NeurIPS 2017). The value of a coalition S of feature groups is
 * the mean score of the background rows with the groups in S taken from the row (interventional,
 * as SHAP's KernelExplainer). Up to {@value #EXACT_MAX_GROUPS} groups every coalition is
 * evaluated and the classic formula applied; beyond, coalitions are sampled with the Shapley
 * kernel (sizes drawn in proportion to the kernel's total weight per size, each with its
 * complement) and the values solved by weighted least squares under the constraint that they
 * add up to {@code score - base} (KernelSHAP).
 */
public final class ShapleyExplainer {
  /** Up to this many groups, all 2^M coalitions are evaluated. */
  public static final int EXACT_MAX_GROUPS = 10;
  /** Coalitions scored per call to the detector, to bound memory (times the background rows). */
  private static final int COALITIONS_PER_BATCH = 256;

  private ShapleyExplainer() {
  }

  /**
   * @param detector the trained detector whose score is explained
   * @param data prepared data holding the row
   * @param row the row to explain
   * @param background prepared normal rows (e.g. 50 sampled training rows) standing for "absent"
   * @param groups the feature indices of each group (disjoint, covering the features that may vary)
   * @param groupNames one name per group
   * @param samples coalitions to sample when there are more than {@value #EXACT_MAX_GROUPS} groups
   * @param progress receives the fraction done, 0..1
   */
  public static ShapleyValues explain(TrainedDetector detector, PreparedData data, int row, PreparedData background,
      List<int[]> groups, List<String> groupNames, int samples, long seed, DoubleConsumer progress,
      CancellationToken cancel) {
    int m = groups.size();
    if (m == 0 || background.rows() == 0) {
      throw new IllegalArgumentException("Shapley values need at least one feature group and one background row.");
    }
    float[] x = data.row(row);
    CoalitionValues values = new CoalitionValues(detector, x, background, groups, cancel);
    if (m <= EXACT_MAX_GROUPS) {
      return exact(values, m, groupNames, progress);
    }
    return sampled(values, m, groupNames, samples, seed, progress);
  }

  /** Every coalition: phi_i = sum over S without i of |S|!(M-|S|-1)!/M! (v(S+i) - v(S)). */
  static ShapleyValues exact(CoalitionValues values, int m, List<String> names, DoubleConsumer progress) {
    int count = 1 << m;
    boolean[][] masks = new boolean[count][];
    for (int s = 0; s < count; s++) {
      masks[s] = mask(s, m);
    }
    double[] v = values.evaluate(masks, progress);
    double[] weightBySize = new double[m];
    for (int size = 0; size < m; size++) {
      weightBySize[size] = Math.exp(logFactorial(size) + logFactorial(m - size - 1) - logFactorial(m));
    }
    double[] phi = new double[m];
    for (int s = 0; s < count; s++) {
      int size = Integer.bitCount(s);
      for (int i = 0; i < m; i++) {
        if ((s & (1 << i)) == 0) {
          phi[i] += weightBySize[size] * (v[s | (1 << i)] - v[s]);
        }
      }
    }
    return new ShapleyValues(names, phi, v[0], v[count - 1], true, count);
  }

  /** KernelSHAP with paired sampling and the efficiency constraint. */
  static ShapleyValues sampled(CoalitionValues values, int m, List<String> names, int samples, long seed,
      DoubleConsumer progress) {
    SplittableRandom random = new SplittableRandom(seed);
    // Total kernel weight of the coalitions of each size 1..m-1 is proportional to (m-1)/(s(m-s)).
    double[] sizeWeight = new double[m];
    double total = 0;
    for (int s = 1; s < m; s++) {
      sizeWeight[s] = (m - 1.0) / (s * (double) (m - s));
      total += sizeWeight[s];
    }
    int pairs = Math.max(1, samples / 2);
    List<boolean[]> masks = new ArrayList<>();
    masks.add(new boolean[m]);
    boolean[] all = new boolean[m];
    Arrays.fill(all, true);
    masks.add(all);
    for (int p = 0; p < pairs; p++) {
      double pick = random.nextDouble() * total;
      int size = 1;
      while (size < m - 1 && pick > sizeWeight[size]) {
        pick -= sizeWeight[size];
        size++;
      }
      boolean[] z = randomSubset(m, size, random);
      boolean[] complement = new boolean[m];
      for (int i = 0; i < m; i++) {
        complement[i] = !z[i];
      }
      masks.add(z);
      masks.add(complement);
    }
    double[] v = values.evaluate(masks.toArray(new boolean[0][]), progress);
    double base = v[0];
    double full = v[1];
    double gap = full - base;
    // Eliminate phi_{m-1} = gap - sum of the others; solve the normal equations for the rest.
    int k = m - 1;
    double[][] ata = new double[k][k];
    double[] atb = new double[k];
    for (int c = 2; c < v.length; c++) {
      boolean[] z = masks.get(c);
      double last = z[m - 1] ? 1 : 0;
      double y = v[c] - base - last * gap;
      double[] a = new double[k];
      for (int i = 0; i < k; i++) {
        a[i] = (z[i] ? 1 : 0) - last;
      }
      for (int i = 0; i < k; i++) {
        atb[i] += a[i] * y;
        for (int j = 0; j < k; j++) {
          ata[i][j] += a[i] * a[j];
        }
      }
    }
    for (int i = 0; i < k; i++) {
      ata[i][i] += 1e-9; // a feature never varied alone keeps a solvable system
    }
    double[] solved = solve(ata, atb);
    double[] phi = new double[m];
    double sum = 0;
    for (int i = 0; i < k; i++) {
      phi[i] = solved[i];
      sum += solved[i];
    }
    phi[m - 1] = gap - sum;
    return new ShapleyValues(names, phi, base, full, false, v.length);
  }

  private static boolean[] randomSubset(int m, int size, SplittableRandom random) {
    int[] idx = new int[m];
    for (int i = 0; i < m; i++) {
      idx[i] = i;
    }
    boolean[] z = new boolean[m];
    for (int i = 0; i < size; i++) {
      int j = i + random.nextInt(m - i);
      int t = idx[i];
      idx[i] = idx[j];
      idx[j] = t;
      z[idx[i]] = true;
    }
    return z;
  }

  private static boolean[] mask(int bits, int m) {
    boolean[] z = new boolean[m];
    for (int i = 0; i < m; i++) {
      z[i] = (bits & (1 << i)) != 0;
    }
    return z;
  }

  private static double logFactorial(int n) {
    double s = 0;
    for (int i = 2; i <= n; i++) {
      s += Math.log(i);
    }
    return s;
  }

  /** Gaussian elimination with partial pivoting on a small dense system. */
  static double[] solve(double[][] a, double[] b) {
    int n = b.length;
    double[][] m = new double[n][];
    for (int i = 0; i < n; i++) {
      m[i] = Arrays.copyOf(a[i], n + 1);
      m[i][n] = b[i];
    }
    for (int col = 0; col < n; col++) {
      int pivot = col;
      for (int r = col + 1; r < n; r++) {
        if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) {
          pivot = r;
        }
      }
      double[] t = m[col];
      m[col] = m[pivot];
      m[pivot] = t;
      if (m[col][col] == 0) {
        continue;
      }
      for (int r = 0; r < n; r++) {
        if (r != col) {
          double f = m[r][col] / m[col][col];
          for (int c = col; c <= n; c++) {
            m[r][c] -= f * m[col][c];
          }
        }
      }
    }
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = m[i][i] == 0 ? 0 : m[i][n] / m[i][i];
    }
    return x;
  }

  /**
   * Scores coalitions: each is the background rows with the coalition's groups replaced by the
   * row's values, scored in batches; its value is their mean score.
   */
  static final class CoalitionValues {
    private final TrainedDetector detector;
    private final float[] x;
    private final PreparedData background;
    private final List<int[]> groups;
    private final CancellationToken cancel;

    CoalitionValues(TrainedDetector detector, float[] x, PreparedData background, List<int[]> groups,
        CancellationToken cancel) {
      this.detector = detector;
      this.x = x;
      this.background = background;
      this.groups = groups;
      this.cancel = cancel;
    }

    double[] evaluate(boolean[][] masks, DoubleConsumer progress) {
      int b = background.rows();
      int d = background.columns();
      double[] out = new double[masks.length];
      for (int from = 0; from < masks.length; from += COALITIONS_PER_BATCH) {
        cancel.throwIfCancelled();
        int to = Math.min(masks.length, from + COALITIONS_PER_BATCH);
        float[] batch = new float[(to - from) * b * d];
        for (int c = from; c < to; c++) {
          int base = (c - from) * b * d;
          System.arraycopy(background.values(), 0, batch, base, b * d);
          for (int g = 0; g < groups.size(); g++) {
            if (masks[c][g]) {
              for (int r = 0; r < b; r++) {
                for (int f : groups.get(g)) {
                  batch[base + r * d + f] = x[f];
                }
              }
            }
          }
        }
        double[] scores = detector.score(new PreparedData(batch, background.featureNames(), null, background.shape()))
            .values();
        for (int c = from; c < to; c++) {
          double sum = 0;
          for (int r = 0; r < b; r++) {
            sum += scores[(c - from) * b + r];
          }
          out[c] = sum / b;
        }
        progress.accept(to / (double) masks.length);
      }
      return out;
    }
  }
}
