package org.anomalyworkbench.ui.results;

import java.util.Arrays;

/**
 * The rows the user picked in one of the linked views, as sorted row indices of the dataset.
 * Immutable: a new selection replaces the old one in the shared property, so every view sees
 * one consistent value.
 *
 * @param rows dataset row indices, ascending, no duplicates
 * @param source the view the selection was made in (the table does not re-filter itself)
 * @param description short text for the "filtered by" chip, e.g. "score 0.41 – 0.45"
 */
public record RowSelection(int[] rows, Source source, String description) {

  /** Where a selection came from. */
  public enum Source { HISTOGRAM, TABLE, SCATTER, SERIES, PROGRAM }

  /** Sorts and de-duplicates {@code rows} (the array is not modified). */
  public static RowSelection of(int[] rows, Source source, String description) {
    int[] sorted = Arrays.stream(rows).sorted().distinct().toArray();
    return new RowSelection(sorted, source, description);
  }

  public int size() {
    return rows.length;
  }

  public boolean isEmpty() {
    return rows.length == 0;
  }

  public boolean contains(int row) {
    return Arrays.binarySearch(rows, row) >= 0;
  }
}
