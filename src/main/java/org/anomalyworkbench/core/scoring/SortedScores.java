package org.anomalyworkbench.core.scoring;

import it.unimi.dsi.fastutil.doubles.DoubleArrays;
import java.util.Arrays;

/**
 * One scoring's scores sorted once (O(n log n), primitive radix sort, no boxing), so the
 * threshold views can answer "how many rows are flagged", "which rows are the top k" and
 * "which threshold flags the top 5%" in O(log n) or O(k) while a threshold is dragged,
 * without rescanning a million rows.
 *
 * <p>Ranks run from 0 (highest score) down; equal scores keep row order (lower row first).
 * NaN scores rank last and are never flagged, because {@code NaN >= t} is false: the rule
 * "flagged iff score >= threshold" holds for every row.
 */
public final class SortedScores {
  private final double[] descending;
  private final int[] rows;
  private final int[] ranks;
  private final int ranked;

  /** Sorts {@code scores} (which is not modified or kept). */
  public SortedScores(double[] scores) {
    int n = scores.length;
    int[] finite = new int[n];
    int m = 0;
    for (int i = 0; i < n; i++) {
      if (!Double.isNaN(scores[i])) {
        finite[m++] = i;
      }
    }
    // Sort by -score ascending; the radix sort is stable, so ties keep ascending row order.
    double[] keys = new double[m];
    for (int i = 0; i < m; i++) {
      keys[i] = -scores[finite[i]] + 0.0; // + 0.0 turns -0.0 into 0.0, which the radix sort would separate
    }
    int[] perm = new int[m];
    for (int i = 0; i < m; i++) {
      perm[i] = i;
    }
    DoubleArrays.radixSortIndirect(perm, keys, true);
    rows = new int[n];
    descending = new double[n];
    ranks = new int[n];
    for (int r = 0; r < m; r++) {
      rows[r] = finite[perm[r]];
      descending[r] = scores[rows[r]];
    }
    int r = m;
    for (int i = 0; i < n; i++) {
      if (Double.isNaN(scores[i])) {
        rows[r] = i;
        descending[r++] = Double.NaN;
      }
    }
    for (int k = 0; k < n; k++) {
      ranks[rows[k]] = k;
    }
    ranked = m;
  }

  /** Same as the constructor. */
  public static SortedScores of(double[] scores) {
    return new SortedScores(scores);
  }

  /** Number of rows, NaN scores included. */
  public int size() {
    return rows.length;
  }

  /** Number of rows whose score is NaN (ranked last, never flagged). */
  public int nanCount() {
    return rows.length - ranked;
  }

  /** Rows with {@code score >= threshold}, in O(log n). A NaN threshold flags nothing. */
  public int countAtOrAbove(double threshold) {
    int lo = 0;
    int hi = ranked;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (descending[mid] >= threshold) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The row with rank {@code rank} (0 = highest score). */
  public int rowAt(int rank) {
    return rows[rank];
  }

  /** The score at rank {@code rank} (0 = highest). */
  public double scoreAt(int rank) {
    return descending[rank];
  }

  /** The rank of {@code row} (inverse of {@link #rowAt}). */
  public int rankOf(int row) {
    return ranks[row];
  }

  /** All row indices by descending score (a copy). */
  public int[] descendingRows() {
    return rows.clone();
  }

  /** The {@code k} highest-scoring rows, highest first (fewer if there are fewer rows). */
  public int[] topRows(int k) {
    return Arrays.copyOf(rows, Math.max(0, Math.min(k, rows.length)));
  }

  /** Highest non-NaN score, or NaN when there is none. */
  public double max() {
    return ranked == 0 ? Double.NaN : descending[0];
  }

  /** Lowest non-NaN score, or NaN when there is none. */
  public double min() {
    return ranked == 0 ? Double.NaN : descending[ranked - 1];
  }

  /**
   * The threshold that flags the {@code k} highest-scoring rows: the k-th highest score. Rows
   * tied with it are flagged too, so more than {@code k} rows are flagged only when the k-th
   * score is tied. {@code k <= 0} gives +infinity (flags nothing that is finite).
   */
  public double thresholdForTopCount(int k) {
    if (k <= 0 || ranked == 0) {
      return Double.POSITIVE_INFINITY;
    }
    return descending[Math.min(k, ranked) - 1];
  }

  /**
   * The threshold that flags the top {@code fraction} of all rows: {@link #thresholdForTopCount}
   * of {@code round(fraction * size())}.
   */
  public double thresholdForTopFraction(double fraction) {
    if (!(fraction >= 0 && fraction <= 1)) {
      throw new IllegalArgumentException("fraction must be in [0, 1], got " + fraction);
    }
    return thresholdForTopCount((int) Math.round(fraction * rows.length));
  }

  /**
   * The {@code q}-quantile of the non-NaN scores, interpolating linearly between order
   * statistics (NumPy's default): position {@code q * (m - 1)} in ascending order.
   * NaN when there are no scores.
   */
  public double quantile(double q) {
    if (!(q >= 0 && q <= 1)) {
      throw new IllegalArgumentException("quantile must be in [0, 1], got " + q);
    }
    if (ranked == 0) {
      return Double.NaN;
    }
    double pos = q * (ranked - 1);
    int below = (int) Math.floor(pos);
    int above = Math.min(below + 1, ranked - 1);
    double lo = descending[ranked - 1 - below];
    double hi = descending[ranked - 1 - above];
    return lo + (pos - below) * (hi - lo);
  }

  /** The rows flagged at {@code threshold}, in O(flagged). */
  public Flags flags(double threshold) {
    return Flags.of(this, threshold);
  }
}
