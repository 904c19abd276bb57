package org.anomalyworkbench.core.data.prep;

/**
 * Quantiles by selection (expected linear time) instead of sorting, since preparation of a
 * million-row file computes several per column. Linear interpolation between order
 * statistics, as numpy's default.
 */
final class Quantiles {
  private Quantiles() {
  }

  /**
   * The {@code p}-quantile of {@code values}, which are reordered. NaN when empty.
   */
  static double quantile(double[] values, int n, double p) {
    if (n == 0) {
      return Double.NaN;
    }
    double h = (n - 1) * p;
    int lo = (int) Math.floor(h);
    double a = select(values, n, lo);
    if (lo + 1 >= n || h == lo) {
      return a;
    }
    double b = minFrom(values, lo + 1, n);
    return a + (h - lo) * (b - a);
  }

  /** After {@link #select} put the k-th smallest at k, the (k+1)-th is the minimum of the rest. */
  private static double minFrom(double[] v, int from, int n) {
    double m = v[from];
    for (int i = from + 1; i < n; i++) {
      m = Math.min(m, v[i]);
    }
    return m;
  }

  /** Puts the k-th smallest (0-based) of {@code v[0, n)} at index k, smaller before, larger after. */
  static double select(double[] v, int n, int k) {
    int lo = 0;
    int hi = n - 1;
    long state = 0x9E3779B97F4A7C15L;
    while (lo < hi) {
      state = state * 6364136223846793005L + 1442695040888963407L;
      double pivot = v[lo + (int) Long.remainderUnsigned(state >>> 1, hi - lo + 1)];
      // Three-way partition: [lo, lt) < pivot, [lt, gt] == pivot, (gt, hi] > pivot.
      int lt = lo;
      int gt = hi;
      int i = lo;
      while (i <= gt) {
        if (v[i] < pivot) {
          swap(v, lt++, i++);
        } else if (v[i] > pivot) {
          swap(v, i, gt--);
        } else {
          i++;
        }
      }
      if (k < lt) {
        hi = lt - 1;
      } else if (k > gt) {
        lo = gt + 1;
      } else {
        return v[k];
      }
    }
    return v[k];
  }

  private static void swap(double[] v, int a, int b) {
    double t = v[a];
    v[a] = v[b];
    v[b] = t;
  }
}
