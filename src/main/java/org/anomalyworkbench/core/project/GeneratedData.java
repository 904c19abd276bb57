package org.anomalyworkbench.core.project;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.anomalyworkbench.core.archive.AtomicFiles;
import org.anomalyworkbench.core.data.Dataset;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;
import tech.tablesaw.api.NumericColumn;

/**
 * Writes data that has no file of its own (a built-in sample generated in the window) to a CSV
 * file, so that a project can refer to it like any other data. Numbers are written so that
 * reading them back gives the same doubles (shortest round-trip form), which keeps a saved
 * run's scores identical when the project is opened again.
 */
public final class GeneratedData {
  private GeneratedData() {
  }

  /** Writes {@code data}'s table to {@code file} (atomically), header first, comma-separated. */
  public static void writeCsv(Dataset data, Path file) throws IOException {
    if (data.isImages()) {
      throw new IllegalArgumentException("Images are kept as a folder, not written to a CSV file.");
    }
    Table t = data.table();
    AtomicFiles.write(file, out -> {
      Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
      for (int c = 0; c < t.columnCount(); c++) {
        w.write(c == 0 ? "" : ",");
        w.write(quoted(t.column(c).name()));
      }
      w.write('\n');
      for (int r = 0; r < t.rowCount(); r++) {
        for (int c = 0; c < t.columnCount(); c++) {
          if (c > 0) {
            w.write(',');
          }
          w.write(cell(t.column(c), r));
        }
        w.write('\n');
      }
      w.flush();
    });
  }

  static String cell(Column<?> column, int row) {
    if (column.isMissing(row)) {
      return "";
    }
    if (column instanceof NumericColumn<?> n) {
      double v = n.getDouble(row);
      // Whole numbers without ".0", so that integer columns (labels) read back as they were.
      return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
    return quoted(column.getString(row));
  }

  private static String quoted(String s) {
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
      return s;
    }
    return '"' + s.replace("\"", "\"\"") + '"';
  }
}
