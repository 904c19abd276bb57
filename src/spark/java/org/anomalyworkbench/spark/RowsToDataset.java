package org.anomalyworkbench.spark;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.anomalyworkbench.core.data.ColumnInfo;
import org.anomalyworkbench.core.data.ColumnKind;
import org.anomalyworkbench.core.data.ColumnRole;
import org.anomalyworkbench.core.data.Dataset;
import org.anomalyworkbench.core.data.Schema;
import org.anomalyworkbench.core.data.csv.MissingMarkers;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Turns a chunk of Spark rows into the {@link Dataset} the desktop's scorer reads: only the
 * columns the model uses (its features, and its time column for a series), with the values the
 * desktop's CSV import would give them, so that the preparation sees the same numbers.
 *
 * <p>Numbers and date-times become doubles (date-times as epoch seconds, read as UTC, which is
 * what the preparation makes of the desktop's date-time columns); text cells in a numeric column
 * (CSV read without a schema) are parsed as decimal numbers, the desktop's missing markers
 * ({@code NA}, {@code ?}, blank ...) read as missing. Categories stay text, numbers in them written
 * as the desktop writes them ("1", not "1.0"). A cell that is not what its column was in training
 * stops the job with the column, the value and the whole row.
 */
final class RowsToDataset {
  private final List<ColumnInfo> columns;
  private final int[] positions;

  /**
   * @param modelSchema the model's column roles and kinds
   * @param input the Spark schema of the rows
   * @param series whether the model reads a series (then its time column is needed)
   */
  RowsToDataset(Schema modelSchema, StructType input, boolean series) {
    List<ColumnInfo> needed = new ArrayList<>();
    for (ColumnInfo c : modelSchema.columns()) {
      if (c.role() == ColumnRole.FEATURE || (series && c.role() == ColumnRole.TIME)) {
        needed.add(c);
      }
    }
    List<String> names = List.of(input.fieldNames());
    List<String> missing = needed.stream().map(ColumnInfo::name).filter(n -> !names.contains(n)).toList();
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException("The data has no column " + String.join(", ", missing) + ", which the "
          + "model was trained with (names are matched exactly). Columns present: " + names + "."
          + otherSeparator(names));
    }
    this.columns = List.copyOf(needed);
    this.positions = needed.stream().mapToInt(c -> names.indexOf(c.name())).toArray();
  }

  /**
   * A hint when the header came through as one column holding separators: the job reads CSV
   * split at commas only, so a file separated by semicolons or tabs arrives as a single column.
   */
  private static String otherSeparator(List<String> names) {
    if (names.size() != 1) {
      return "";
    }
    String only = names.get(0);
    String separator = only.contains(";") ? "semicolons" : only.contains("\t") ? "tabs" : null;
    return separator == null ? "" : " The file looks separated by " + separator + ": the Spark job reads "
        + "comma-separated CSV with '.' decimals, or Parquet. Convert it (the desktop's export writes such CSV) "
        + "and run again.";
  }

  /** The rows as a dataset named {@code name} (shown in messages). */
  Dataset convert(List<Row> rows, String name) {
    Table table = Table.create(name);
    List<ColumnInfo> schema = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      ColumnInfo c = columns.get(i);
      Column<?> column = c.kind() == ColumnKind.CATEGORICAL || c.kind() == ColumnKind.TEXT
          ? texts(c.name(), rows, positions[i]) : numbers(c.name(), rows, positions[i]);
      table.addColumns(column);
      ColumnKind kind = column instanceof DoubleColumn ? ColumnKind.NUMERIC : ColumnKind.CATEGORICAL;
      schema.add(new ColumnInfo(c.name(), kind, c.role(), column.countMissing(), 0));
    }
    return new Dataset(name, null, table, new Schema(schema));
  }

  private static DoubleColumn numbers(String name, List<Row> rows, int at) {
    double[] values = new double[rows.size()];
    for (int r = 0; r < values.length; r++) {
      try {
        values[r] = number(rows.get(r).get(at), name);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(e.getMessage() + " The row: " + rows.get(r) + ".", e);
      }
    }
    return DoubleColumn.create(name, values);
  }

  private static StringColumn texts(String name, List<Row> rows, int at) {
    StringColumn out = StringColumn.create(name);
    for (Row row : rows) {
      Object v = row.get(at);
      if (v == null) {
        out.appendMissing();
      } else if (v instanceof Number n) {
        out.append(org.anomalyworkbench.core.data.ColumnValues.numberText(n.doubleValue()));
      } else {
        String s = v.toString().strip();
        if (MissingMarkers.DEFAULTS.contains(s)) {
          out.appendMissing();
        } else {
          out.append(s);
        }
      }
    }
    return out;
  }

  /** One cell as the desktop would read it into a numeric column; NaN for missing. */
  static double number(Object v, String column) {
    if (v == null) {
      return Double.NaN;
    }
    if (v instanceof Double d) {
      return d;
    }
    if (v instanceof Float f) {
      // A float column read by the desktop from CSV text would be the decimal's double; the
      // float's own decimal text is the closest thing to that text.
      return Double.parseDouble(Float.toString(f));
    }
    if (v instanceof BigDecimal b) {
      return b.doubleValue();
    }
    if (v instanceof Number n) {
      return n.doubleValue();
    }
    if (v instanceof Boolean b) {
      return b ? 1 : 0;
    }
    if (v instanceof Timestamp t) {
      return t.toLocalDateTime().toEpochSecond(ZoneOffset.UTC);
    }
    if (v instanceof Instant i) {
      return i.getEpochSecond();
    }
    if (v instanceof LocalDateTime t) {
      return t.toEpochSecond(ZoneOffset.UTC);
    }
    if (v instanceof java.sql.Date d) {
      return d.toLocalDate().toEpochDay() * 86_400.0;
    }
    if (v instanceof LocalDate d) {
      return d.toEpochDay() * 86_400.0;
    }
    return parse(v.toString(), column);
  }

  private static double parse(String text, String column) {
    String s = text.strip();
    if (MissingMarkers.DEFAULTS.contains(s)) {
      return Double.NaN;
    }
    if (isDecimal(s)) {
      double d = Double.parseDouble(s);
      if (Double.isFinite(d)) {
        return d;
      }
    }
    try {
      return s.length() <= 10 ? LocalDate.parse(s).toEpochDay() * 86_400.0
          : LocalDateTime.parse(s.replace(' ', 'T')).toEpochSecond(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("Column '" + column + "': '" + text
          + "' is not a number (nor an ISO date-time), but the model was trained on numbers in this column. "
          + "Fix or blank the cell, or write the data as Parquet with a numeric column.");
    }
  }

  /**
   * Plain decimal text as the desktop's importer reads it: optional sign, digits with at most one
   * point, optional exponent. Java's parser also takes "Infinity", hex and a trailing 'd', which
   * the desktop refuses.
   */
  static boolean isDecimal(String s) {
    int i = 0;
    int n = s.length();
    if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
      i++;
    }
    int digits = 0;
    boolean point = false;
    for (; i < n; i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        digits++;
      } else if (c == '.' && !point) {
        point = true;
      } else {
        break;
      }
    }
    if (digits == 0) {
      return false;
    }
    if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
      i++;
      if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
        i++;
      }
      int exp = 0;
      for (; i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9'; i++) {
        exp++;
      }
      if (exp == 0) {
        return false;
      }
    }
    return i == n;
  }
}
