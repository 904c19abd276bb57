package org.anomalyworkbench.ui.results;

/**
 * The scores of one result sorted once, as the threshold views need them: how many rows are
 * at or above a threshold, and which row has each rank. All queries are O(1) or O(log n) so a
 * threshold can follow the mouse over a million rows.
 */
public interface RankedScores {
  /** Number of rows. */
  int size();

  /** Rows with score >= {@code threshold}; O(log n). */
  int countAtOrAbove(double threshold);

  /** The dataset row with rank {@code rank} (0 = highest score). */
  int rowAt(int rank);

  /** The score at rank {@code rank} (0 = highest). */
  double scoreAt(int rank);

  /** The rank of a dataset row (inverse of {@link #rowAt}). */
  int rankOf(int row);
}
