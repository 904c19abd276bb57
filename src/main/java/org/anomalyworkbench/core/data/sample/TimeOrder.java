package org.anomalyworkbench.core.data.sample;

import java.util.Arrays;
import java.util.Optional;
import org.anomalyworkbench.core.data.ColumnInfo;
import org.anomalyworkbench.core.data.ColumnRole;
import org.anomalyworkbench.core.data.DataImportException;
import org.anomalyworkbench.core.data.Dataset;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.columns.Column;

/**
 * The order of a series' rows in time, from the column with the {@link ColumnRole#TIME} role
 * (date-times, or numbers such as epoch seconds): {@code inputRow(k)} is the input row of the
 * {@code k}-th point in time. Rows with equal times keep their file order. Series detectors see
 * points in this order; their scores go back to file order through {@link PointScores#toInputOrder}.
 */
public final class TimeOrder {
  private final int[] inputRow;
  private final boolean sorted;
  private final int duplicates;
  private final String column;

  private TimeOrder(int[] inputRow, boolean sorted, int duplicates, String column) {
    this.inputRow = inputRow;
    this.sorted = sorted;
    this.duplicates = duplicates;
    this.column = column;
  }

  /**
   * The time order of {@code data}, or empty when no column has the TIME role.
   *
   * @throws DataImportException naming the file, row and column when a time value is missing
   */
  public static Optional<TimeOrder> of(Dataset data) {
    Optional<ColumnInfo> time = data.schema().columns().stream().filter(c -> c.role() == ColumnRole.TIME).findFirst();
    if (time.isEmpty()) {
      return Optional.empty();
    }
    String name = time.get().name();
    Column<?> c = data.table().column(name);
    int n = data.rows();
    long[] keys = new long[n];
    for (int r = 0; r < n; r++) {
      if (c.isMissing(r)) {
        throw new DataImportException(data.source(), 0, name, "The time column '" + name + "' has no value in "
            + "data row " + (r + 1) + ". Fill it in or remove the row: every point of a series needs a time.");
      }
      keys[r] = key(c, r, data, name);
    }
    Integer[] order = new Integer[n];
    for (int r = 0; r < n; r++) {
      order[r] = r;
    }
    // A stable sort: equal times keep their file order.
    Arrays.sort(order, (a, b) -> Long.compare(keys[a], keys[b]));
    int[] rows = new int[n];
    boolean sorted = true;
    int duplicates = 0;
    for (int k = 0; k < n; k++) {
      rows[k] = order[k];
      sorted &= rows[k] == k;
      if (k > 0 && keys[rows[k]] == keys[rows[k - 1]]) {
        duplicates++;
      }
    }
    return Optional.of(new TimeOrder(rows, sorted, duplicates, name));
  }

  private static long key(Column<?> c, int r, Dataset data, String name) {
    if (c instanceof DateTimeColumn dt) {
      return dt.getLongInternal(r); // packed date-times compare in time order
    }
    if (c instanceof NumericColumn<?> num) {
      double v = num.getDouble(r);
      if (!Double.isFinite(v)) {
        throw new DataImportException(data.source(), 0, name, "The time column '" + name + "' holds " + v
            + " in data row " + (r + 1) + "; times must be finite numbers or date-times.");
      }
      return Double.doubleToLongBits(v) ^ ((Double.doubleToLongBits(v) >> 63) & Long.MAX_VALUE);
    }
    throw new DataImportException(data.source(), 0, name, "The time column '" + name + "' holds text, not "
        + "date-times or numbers; choose another time column or fix its format.");
  }

  /** Input row of the {@code k}-th point in time (not a copy; do not modify). */
  public int[] inputRows() {
    return inputRow;
  }

  /** True when the file was already in time order. */
  public boolean alreadySorted() {
    return sorted;
  }

  /** Points whose time equals the previous point's. */
  public int duplicates() {
    return duplicates;
  }

  /** The time column's name. */
  public String column() {
    return column;
  }

  /** The first {@code count} points in time, as input rows (the training part of a series). */
  public int[] first(int count) {
    return Arrays.copyOfRange(inputRow, 0, count);
  }

  /** The points after the first {@code count}, as input rows (the validation part). */
  public int[] after(int count) {
    return Arrays.copyOfRange(inputRow, count, inputRow.length);
  }
}
