package org.anomalyworkbench.core.data.csv;

import java.util.ArrayList;
import java.util.List;
import org.anomalyworkbench.core.data.ColumnKind;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Joins the parser threads' chunks into one Tablesaw column per CSV column: numbers as
 * {@link DoubleColumn} (NaN = missing), dates and date-times as {@link DateTimeColumn}
 * (date-only values at midnight), everything else as {@link StringColumn}. Each sink is
 * released right after its column is built, so at most one column exists twice.
 */
final class TableAssembler {
  /** Distinct values of numeric columns are counted up to this (more reads as cap + 1). */
  static final int NUMERIC_DISTINCT_CAP = 1000;

  private TableAssembler() {
  }

  /**
   * A built column with what the schema needs to know about it.
   *
   * @param distinct distinct non-missing values (numeric columns: capped, see {@link #NUMERIC_DISTINCT_CAP})
   */
  record Built(Column<?> column, ColumnKind kind, int missing, int distinct) {
  }

  static List<Built> build(List<ColumnPlan> plans, FullParse.Parsed parsed, int maxLevels, List<String> notes) {
    List<Built> out = new ArrayList<>();
    for (int c = 0; c < plans.size(); c++) {
      ColumnPlan plan = plans.get(c);
      Column<?> col = switch (plan.storage()) {
        case NUMBER -> numbers(plan.name(), parsed, c);
        case DATETIME -> dateTimes(plan.name(), parsed, c);
        case STRING -> strings(plan.name(), parsed, c);
        case UNKNOWN -> ColumnRetyper.retype(strings(plan.name(), parsed, c), notes);
      };
      out.add(describe(col, maxLevels));
    }
    return out;
  }

  static Table table(String name, List<Built> columns) {
    Table t = Table.create(name);
    for (Built b : columns) {
      t.addColumns(b.column());
    }
    return t;
  }

  private static Built describe(Column<?> col, int maxLevels) {
    if (col instanceof DoubleColumn d) {
      return new Built(col, ColumnKind.NUMERIC, d.countMissing(), DistinctCounter.count(d, NUMERIC_DISTINCT_CAP));
    }
    if (col instanceof DateTimeColumn dt) {
      int missing = dt.countMissing();
      return new Built(col, ColumnKind.DATETIME, missing, dt.countUnique() - (missing > 0 ? 1 : 0));
    }
    StringColumn s = (StringColumn) col;
    int missing = s.countMissing();
    int distinct = s.countUnique() - (missing > 0 ? 1 : 0);
    return new Built(col, distinct <= maxLevels ? ColumnKind.CATEGORICAL : ColumnKind.TEXT, missing, distinct);
  }

  private static DoubleColumn numbers(String name, FullParse.Parsed parsed, int c) {
    double[] out = new double[parsed.rows()];
    int pos = 0;
    for (RangeWorker.Result part : parsed.parts()) {
      NumericSink sink = (NumericSink) part.sinks()[c];
      int left = part.rows();
      for (int i = 0; left > 0; i++) {
        int n = Math.min(ColumnSink.CHUNK, left);
        System.arraycopy(sink.chunk(i), 0, out, pos, n);
        pos += n;
        left -= n;
      }
      sink.release();
    }
    return new WrappedDoubleColumn(name, out);
  }

  private static DateTimeColumn dateTimes(String name, FullParse.Parsed parsed, int c) {
    long[] out = new long[parsed.rows()];
    int pos = 0;
    for (RangeWorker.Result part : parsed.parts()) {
      DateTimeSink sink = (DateTimeSink) part.sinks()[c];
      int left = part.rows();
      for (int i = 0; left > 0; i++) {
        int n = Math.min(ColumnSink.CHUNK, left);
        System.arraycopy(sink.chunk(i), 0, out, pos, n);
        pos += n;
        left -= n;
      }
      sink.release();
    }
    return DateTimeColumn.createInternal(name, out);
  }

  private static StringColumn strings(String name, FullParse.Parsed parsed, int c) {
    StringColumn col = StringColumn.create(name);
    for (RangeWorker.Result part : parsed.parts()) {
      StringSink sink = (StringSink) part.sinks()[c];
      int left = part.rows();
      for (int i = 0; left > 0; i++) {
        int n = Math.min(ColumnSink.CHUNK, left);
        appendAll(col, sink.chunk(i), n);
        left -= n;
      }
      sink.release();
    }
    return col;
  }

  private static void appendAll(StringColumn col, String[] values, int n) {
    for (int i = 0; i < n; i++) {
      if (values[i] == null) {
        col.appendMissing();
      } else {
        col.append(values[i]);
      }
    }
  }
}
