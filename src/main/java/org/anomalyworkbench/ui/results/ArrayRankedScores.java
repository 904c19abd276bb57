package org.anomalyworkbench.ui.results;

import it.unimi.dsi.fastutil.ints.IntArrays;

/**
 * {@link RankedScores} over a plain score array, sorted once (O(n log n)) at construction.
 * NaN scores rank last (never flagged), matching "flagged iff score >= threshold".
 */
public final class ArrayRankedScores implements RankedScores {
  private final double[] descending;
  private final int[] rows;
  private final int[] ranks;

  public ArrayRankedScores(double[] scores) {
    int n = scores.length;
    rows = new int[n];
    for (int i = 0; i < n; i++) {
      rows[i] = i;
    }
    IntArrays.parallelQuickSort(rows, (a, b) -> {
      double x = scores[a];
      double y = scores[b];
      if (Double.isNaN(x) || Double.isNaN(y)) {
        return Boolean.compare(Double.isNaN(x), Double.isNaN(y));
      }
      int c = Double.compare(y, x);
      return c != 0 ? c : Integer.compare(a, b);
    });
    descending = new double[n];
    ranks = new int[n];
    for (int r = 0; r < n; r++) {
      descending[r] = scores[rows[r]];
      ranks[rows[r]] = r;
    }
  }

  @Override
  public int size() {
    return rows.length;
  }

  @Override
  public int countAtOrAbove(double threshold) {
    // First rank whose score is < threshold (or NaN); scores are non-increasing by rank.
    int lo = 0;
    int hi = descending.length;
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

  @Override
  public int rowAt(int rank) {
    return rows[rank];
  }

  @Override
  public double scoreAt(int rank) {
    return descending[rank];
  }

  @Override
  public int rankOf(int row) {
    return ranks[row];
  }
}
