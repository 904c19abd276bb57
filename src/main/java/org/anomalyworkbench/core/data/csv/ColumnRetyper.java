package org.anomalyworkbench.core.data.csv;

import java.util.List;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.columns.Column;

/**
 * Types a column whose sampled cells were all missing, once all its values are known:
 * numbers if every value is one, else date-times if every value is one, else strings.
 */
final class ColumnRetyper {
  private ColumnRetyper() {
  }

  static Column<?> retype(StringColumn col, List<String> notes) {
    int present = col.size() - col.countMissing();
    if (present == 0) {
      return col;
    }
    double[] numbers = asNumbers(col);
    if (numbers != null) {
      notes.add("Column '" + col.name() + "' is empty in the first rows but numeric further down: read as numbers.");
      return new WrappedDoubleColumn(col.name(), numbers);
    }
    long[] dates = asDateTimes(col);
    if (dates != null) {
      notes.add("Column '" + col.name() + "' is empty in the first rows but holds dates further down: read as dates.");
      return DateTimeColumn.createInternal(col.name(), dates);
    }
    return col;
  }

  private static double[] asNumbers(StringColumn col) {
    double[] out = new double[col.size()];
    for (int i = 0; i < out.length; i++) {
      if (col.isMissing(i)) {
        out[i] = Double.NaN;
        continue;
      }
      char[] b = col.get(i).toCharArray();
      double v = NumberParser.parse(b, 0, b.length, '.');
      if (NumberParser.failed(v)) {
        return null;
      }
      out[i] = v;
    }
    return out;
  }

  private static long[] asDateTimes(StringColumn col) {
    long[] out = new long[col.size()];
    for (int i = 0; i < out.length; i++) {
      if (col.isMissing(i)) {
        out[i] = DateTimeParser.MISSING;
        continue;
      }
      char[] b = col.get(i).toCharArray();
      long v = DateTimeParser.parse(b, 0, b.length);
      if (v == DateTimeParser.FAIL) {
        return null;
      }
      out[i] = v;
    }
    return out;
  }
}
