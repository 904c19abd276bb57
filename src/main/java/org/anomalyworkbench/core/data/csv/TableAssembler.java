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
 * Turns the parsed column arrays into Tablesaw columns: numbers as {@link DoubleColumn}
 * (NaN = missing), dates and date-times as {@link DateTimeColumn} (date-only values at
 * midnight), everything else as {@link StringColumn}.
 *
 * <p>Numbers are the bulk of most files, so their arrays become the columns without a copy:
 * the second thread's rows are moved down in place to follow the first thread's, and the
 * array is wrapped with its row count (a few percent of unused capacity may remain). Only
 * when a thread spilled rows beyond its region is a new exact array filled.
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
    double[] region = (double[]) parsed.store().array(c);
    if (!spilled(parsed, c)) {
      compact(region, parsed, c);
      return new WrappedDoubleColumn(name, region, parsed.rows());
    }
    double[] out = new double[parsed.rows()];
    join(region, out, parsed, c, i -> ((NumericSink) i.sink).spillChunk(i.chunk));
    return new WrappedDoubleColumn(name, out);
  }

  private static DateTimeColumn dateTimes(String name, FullParse.Parsed parsed, int c) {
    long[] region = (long[]) parsed.store().array(c);
    long[] out = new long[parsed.rows()];
    join(region, out, parsed, c, i -> ((DateTimeSink) i.sink).spillChunk(i.chunk));
    return DateTimeColumn.createInternal(name, out);
  }

  private static StringColumn strings(String name, FullParse.Parsed parsed, int c) {
    String[] region = (String[]) parsed.store().array(c);
    String[] all = new String[parsed.rows()];
    join(region, all, parsed, c, i -> ((StringSink) i.sink).spillChunk(i.chunk));
    StringColumn col = StringColumn.create(name);
    for (String v : all) {
      if (v == null) {
        col.appendMissing();
      } else {
        col.append(v);
      }
    }
    return col;
  }

  private static boolean spilled(FullParse.Parsed parsed, int c) {
    for (RangeWorker.Result part : parsed.parts()) {
      if (part.sinks()[c].spillChunks() > 0) {
        return true;
      }
    }
    return false;
  }

  /** Moves each range's rows down to follow the previous range's (in place; the first range starts at 0). */
  private static void compact(Object region, FullParse.Parsed parsed, int c) {
    int pos = 0;
    for (RangeWorker.Result part : parsed.parts()) {
      int from = part.sinks()[c].start;
      if (from != pos) {
        System.arraycopy(region, from, region, pos, part.rows());
      }
      pos += part.rows();
    }
  }

  /** One spill chunk of one sink. */
  private record SpillRef(ColumnSink sink, int chunk) {
  }

  /** Copies every range's region rows and then its spilled rows to {@code out}, in file order. */
  private static void join(Object region, Object out, FullParse.Parsed parsed, int c,
      java.util.function.Function<SpillRef, Object> spillChunk) {
    int pos = 0;
    for (RangeWorker.Result part : parsed.parts()) {
      ColumnSink sink = part.sinks()[c];
      int inRegion = Math.min(part.rows(), sink.capacity);
      System.arraycopy(region, sink.start, out, pos, inRegion);
      pos += inRegion;
      int left = part.rows() - inRegion;
      for (int k = 0; left > 0; k++) {
        int n = Math.min(ColumnSink.CHUNK, left);
        System.arraycopy(spillChunk.apply(new SpillRef(sink, k)), 0, out, pos, n);
        pos += n;
        left -= n;
      }
    }
  }
}
