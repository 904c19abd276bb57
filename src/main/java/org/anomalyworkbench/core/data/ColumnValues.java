package org.anomalyworkbench.core.data;

import java.time.ZoneOffset;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.InstantColumn;
import tech.tablesaw.api.NumberColumn;
import tech.tablesaw.columns.Column;

/**
 * Reads Tablesaw cells of any column type in the two forms the data layer needs: a number
 * (date-times as epoch seconds, read as UTC) or a canonical text (whole numbers without
 * ".0", so that a label 1 read as a double still reads "1").
 */
public final class ColumnValues {
  private ColumnValues() {
  }

  /** Whether {@code column} can be read as numbers (numbers, dates, date-times, instants, booleans). */
  public static boolean isNumeric(Column<?> column) {
    return column instanceof NumberColumn<?, ?> || column instanceof DateTimeColumn || column instanceof DateColumn
        || column instanceof InstantColumn || column instanceof BooleanColumn;
  }

  /**
   * All values as doubles, NaN for missing.
   *
   * @throws IllegalArgumentException when the column holds text
   */
  public static double[] numbers(Column<?> column) {
    double[] out = new double[column.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = column.isMissing(i) ? Double.NaN : number(column, i);
    }
    return out;
  }

  private static double number(Column<?> column, int row) {
    if (column instanceof NumberColumn<?, ?> n) {
      return n.getDouble(row);
    }
    if (column instanceof DateTimeColumn dt) {
      return dt.get(row).toEpochSecond(ZoneOffset.UTC);
    }
    if (column instanceof DateColumn d) {
      return d.get(row).toEpochDay() * 86_400.0;
    }
    if (column instanceof InstantColumn in) {
      return in.get(row).getEpochSecond();
    }
    if (column instanceof BooleanColumn b) {
      return b.get(row) ? 1 : 0;
    }
    throw new IllegalArgumentException("Column '" + column.name() + "' holds " + column.type().name()
        + " values, not numbers.");
  }

  /** The cell as canonical text, or {@code null} when missing. */
  public static String text(Column<?> column, int row) {
    if (column.isMissing(row)) {
      return null;
    }
    if (column instanceof NumberColumn<?, ?> n) {
      return numberText(n.getDouble(row));
    }
    return String.valueOf(column.get(row)).strip();
  }

  /** Whole numbers without a fraction ("1", not "1.0"); others as {@link Double#toString}. */
  public static String numberText(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    return Double.toString(v);
  }
}
