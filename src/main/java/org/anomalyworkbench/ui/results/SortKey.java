package org.anomalyworkbench.ui.results;

/**
 * How the records table is ordered.
 *
 * @param column {@link #SCORE}, {@link #ROW} or a dataset column name
 * @param ascending true for smallest first
 */
public record SortKey(String column, boolean ascending) {
  /** Pseudo-column: the anomaly score. */
  public static final String SCORE = "\u0000score";
  /** Pseudo-column: the dataset row index. */
  public static final String ROW = "\u0000row";

  /** Most anomalous first: the default, and the only order that needs no sorting. */
  public static final SortKey SCORE_DESCENDING = new SortKey(SCORE, false);
}
