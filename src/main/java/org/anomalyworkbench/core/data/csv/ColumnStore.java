package org.anomalyworkbench.core.data.csv;

import java.util.List;

/**
 * The final value arrays of all columns, allocated once before parsing with room for the
 * estimated number of rows; parser threads each fill their own region of rows.
 *
 * <p>The estimate comes from the average line length in the first megabyte, plus 4% and
 * some rows of margin, so a few percent of the arrays may stay unused; a file whose later
 * lines are much shorter spills its extra rows into chunks instead (slower, never wrong).
 */
final class ColumnStore {
  private final List<ColumnPlan> plans;
  private final Object[] arrays;
  private final int capacity;

  ColumnStore(List<ColumnPlan> plans, int capacity) {
    this.plans = plans;
    this.capacity = capacity;
    this.arrays = new Object[plans.size()];
    for (int c = 0; c < arrays.length; c++) {
      arrays[c] = switch (plans.get(c).storage()) {
        case NUMBER -> new double[capacity];
        case DATETIME -> new long[capacity];
        case STRING, UNKNOWN -> new String[capacity];
      };
    }
  }

  /** Rows to reserve for {@code bytes} of a file whose lines average {@code bytesPerLine}. */
  static int estimateRows(long bytes, double bytesPerLine) {
    double rows = bytes / Math.max(1.0, bytesPerLine) * 1.04 + 256;
    return (int) Math.min(Integer.MAX_VALUE - 16, Math.ceil(rows));
  }

  int capacity() {
    return capacity;
  }

  Object array(int column) {
    return arrays[column];
  }

  /**
   * Sinks writing rows {@code [start, start + rows)} of every column.
   *
   * @param tolerant whether numeric sinks count cells that are not numbers instead of stopping
   */
  ColumnSink[] sinks(int start, int rows, MissingMarkers markers, boolean tolerant) {
    ColumnSink[] sinks = new ColumnSink[arrays.length];
    for (int c = 0; c < sinks.length; c++) {
      ColumnPlan p = plans.get(c);
      sinks[c] = switch (p.storage()) {
        case NUMBER -> new NumericSink((double[]) arrays[c], start, rows, markers, p.decimalPoint(), tolerant);
        case DATETIME -> new DateTimeSink((long[]) arrays[c], start, rows, markers, p.dayFirst());
        case STRING, UNKNOWN -> new StringSink((String[]) arrays[c], start, rows, markers);
      };
    }
    return sinks;
  }
}
