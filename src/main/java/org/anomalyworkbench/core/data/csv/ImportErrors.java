package org.anomalyworkbench.core.data.csv;

import de.siegmar.fastcsv.reader.CsvParseException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.anomalyworkbench.core.data.DataImportException;

/** Builds the user-facing messages for problems found while parsing. */
final class ImportErrors {
  private static final int MAX_SHOWN = 40;
  private static final Pattern LINE = Pattern.compile("line (\\d+)");
  /** FastCSV's largest field, in characters. */
  static final long FIELD_LIMIT = 16L * 1024 * 1024;

  private ImportErrors() {
  }

  /** What the messages need to know about the file being read. */
  record Context(Path file, List<ColumnPlan> plans, int sampledRows, boolean header, int columns, char delimiter) {
  }

  static DataImportException of(ParseStop stop, Context ctx) {
    return switch (stop.kind) {
      case BAD_CELL -> badCell(stop, ctx);
      case RAGGED -> ragged(ctx, stop.line, stop.fieldCount);
      case ABORTED -> new DataImportException(ctx.file(), stop.line, null,
          "The import stopped unexpectedly. Please try again.");
    };
  }

  static DataImportException ragged(Context ctx, long line, int fields) {
    String ref = ctx.header() ? "the header has " : "the first row has ";
    return new DataImportException(ctx.file(), line, null, "This row has " + fields + " field"
        + (fields == 1 ? "" : "s") + ", but " + ref + ctx.columns() + " (delimiter " + describe(ctx.delimiter())
        + "). A value that contains the delimiter must be in double quotes; otherwise a field is "
        + (fields < ctx.columns() ? "missing" : "extra") + " on this line. Fix the line, or choose another delimiter.");
  }

  private static DataImportException badCell(ParseStop stop, Context ctx) {
    ColumnPlan plan = ctx.plans().get(stop.column);
    String text = shorten(stop.text.strip());
    String problem;
    if (plan.storage() == ColumnPlan.Storage.NUMBER) {
      problem = NumberParser.isTooLarge(stop.text, plan.decimalPoint())
          ? "'" + text + "' is too large to be stored as a number"
          : "'" + text + "' is not a number, but the first " + ctx.sampledRows() + " rows of this column are numbers";
    } else if (plan.datePattern() != null && !plan.datePattern().startsWith("y")) {
      // Day/month order was chosen from the sample: a later value in the other order lands here.
      problem = "'" + text + "' is not a date in this column's form (" + plan.datePattern() + ", read "
          + (plan.dayFirst() ? "day" : "month") + " first from the first " + ctx.sampledRows() + " rows)";
    } else {
      problem = "'" + text + "' is not a date or date-time (like 2024-01-31 or 2024-01-31 13:45:00), but the first "
          + ctx.sampledRows() + " rows of this column are";
    }
    return new DataImportException(ctx.file(), stop.line, plan.name(), problem + ". Fix the cell, mark it as "
        + "missing (leave it empty or write NA), or add '" + text + "' to the missing-value markers of the import.");
  }

  static DataImportException unreadable(Path file, CsvParseException e) {
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    Matcher m = LINE.matcher(String.valueOf(e.getMessage()));
    long line = m.find() ? Long.parseLong(m.group(1)) : 0;
    if (String.valueOf(root.getMessage()).contains("maximum buffer size")) {
      long[] longLine = LongLines.first(file, FIELD_LIMIT);
      if (longLine != null) {
        return new DataImportException(file, longLine[0], null, String.format(java.util.Locale.ROOT,
            "This line is %,d characters long; one field may hold at most %,d (16 MB). Split the value, or check "
                + "that the file is a CSV with line breaks.", longLine[1], FIELD_LIMIT));
      }
      return new DataImportException(file, line, null, "A field is longer than 16 MB. Usually a quote opens and "
          + "never closes, so the rest of the file reads as one value: check that quotes in the file are balanced.");
    }
    return new DataImportException(file, line, null, "This file cannot be read as CSV (" + root.getMessage()
        + "). Check that it is a CSV or TSV text file, and that quotes in it are balanced.");
  }

  static String describe(char delimiter) {
    return switch (delimiter) {
      case '\t' -> "TAB";
      case ',' -> "comma (,)";
      case ';' -> "semicolon (;)";
      case '|' -> "pipe (|)";
      default -> "'" + delimiter + "'";
    };
  }

  private static String shorten(String s) {
    String oneLine = s.replace("\r", "\\r").replace("\n", "\\n");
    return oneLine.length() <= MAX_SHOWN ? oneLine : oneLine.substring(0, MAX_SHOWN) + "...";
  }
}
