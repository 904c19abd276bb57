package org.anomalyworkbench.core.report;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.anomalyworkbench.core.detector.Scores;
import org.anomalyworkbench.core.archive.AtomicFiles;
import org.anomalyworkbench.core.model.ScoredData;
import org.anomalyworkbench.core.scoring.DecisionRule;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Writes scored rows to CSV: {@code row} (the 1-based data row of the source file, as the
 * window shows it), the original columns, then {@code score}, {@code rank} (1 = most
 * anomalous), {@code flagged} and {@code top_features} (the features contributing most, with
 * their share of the score). Rows are written most anomalous first, or, for the points of a
 * series ({@link Order#INPUT}), in the file's order so that the output lines up with the input.
 * Header and text cells are made
 * spreadsheet-safe; date-times are written as the source writes them ({@link DateTimeText});
 * the file is written atomically.
 */
public final class FlaggedRecordsWriter {
  /** Which rows to write. */
  public enum Rows { FLAGGED, ALL }

  /** In which order rows are written. */
  public enum Order {
    /** Most anomalous first. */
    RANK,
    /** As in the source file (points of a series). */
    INPUT
  }

  /**
   * Columns written after {@code top_features} on request, such as Shapley values; without them
   * the file is as before.
   */
  public interface ExtraColumns {
    /** Nothing extra. */
    ExtraColumns NONE = new ExtraColumns() {
      @Override
      public List<String> header() {
        return List.of();
      }

      @Override
      public List<String> cells(int row) {
        return List.of();
      }
    };

    /** The extra column names (made spreadsheet-safe when written). */
    List<String> header();

    /** One cell per header column for the 0-based data row; empty cells where there is no value. */
    List<String> cells(int row);
  }

  private FlaggedRecordsWriter() {
  }

  /**
   * @param threshold rows with score >= threshold are flagged
   * @param topFeatures how many contributing features to list per row
   * @return the number of data rows written
   * @throws IOException also when {@code out} is the scored data's own file
   * @throws IllegalStateException when a score is NaN or infinite: such a file would look valid
   *     but rank rows arbitrarily
   */
  public static int write(ScoredData scored, double threshold, Rows which, int topFeatures, Path out)
      throws IOException {
    return write(scored, threshold, which, topFeatures, out, Order.RANK);
  }

  /** As {@link #write(ScoredData, double, Rows, int, Path)}, in the given order. */
  public static int write(ScoredData scored, double threshold, Rows which, int topFeatures, Path out, Order rowOrder)
      throws IOException {
    return write(scored, DecisionRule.at(threshold).flags(scored.scores().values(), null), which, topFeatures, out,
        rowOrder);
  }

  /**
   * As {@link #write(ScoredData, double, Rows, int, Path, Order)}, with the decisions already
   * made (e.g. smoothed k of n along a series), so that the {@code flagged} column says what the
   * summary counted.
   *
   * @param flags one decision per row, in file order
   */
  public static int write(ScoredData scored, boolean[] flags, Rows which, int topFeatures, Path out, Order rowOrder)
      throws IOException {
    return write(scored, flags, which, topFeatures, out, rowOrder, ExtraColumns.NONE);
  }

  /** As {@link #write(ScoredData, boolean[], Rows, int, Path, Order)}, with {@code extra} columns at the end. */
  public static int write(ScoredData scored, boolean[] flags, Rows which, int topFeatures, Path out, Order rowOrder,
      ExtraColumns extra) throws IOException {
    if (flags.length != scored.rows()) {
      throw new IllegalArgumentException(flags.length + " flags for " + scored.rows() + " rows");
    }
    scored.scores().requireFinite("chosen");
    AtomicFiles.checkNotInput(out, scored.dataset().source());
    int[] order = scored.sorted().descendingRows();
    int[] count = {0};
    Table t = scored.dataset().table();
    List<String> header = new ArrayList<>();
    header.add(rowColumnName(t.columnNames()));
    for (String name : t.columnNames()) {
      header.add(SpreadsheetSafe.text(name));
    }
    header.addAll(List.of("score", "rank", "flagged", "top_features"));
    for (String name : extra.header()) {
      header.add(SpreadsheetSafe.text(name));
    }
    DateTimeText[] dates = new DateTimeText[t.columnCount()];
    for (int c = 0; c < dates.length; c++) {
      if (t.column(c) instanceof DateTimeColumn d) {
        dates[c] = DateTimeText.of(d, scored.dataset().timeFormats().get(d.name()));
      }
    }
    AtomicFiles.write(out, stream -> {
      Writer w = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
      CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(w);
      csv.writeRecord(header);
      Scores s = scored.scores();
      if (rowOrder == Order.INPUT) {
        int[] rankOf = new int[order.length];
        for (int rank = 0; rank < order.length; rank++) {
          rankOf[order[rank]] = rank + 1;
        }
        for (int row = 0; row < order.length; row++) {
          boolean flagged = flags[row];
          if (which == Rows.ALL || flagged) {
            csv.writeRecord(record(t, dates, row, s, rankOf[row], flagged, topFeatures, extra));
            count[0]++;
          }
        }
      } else {
        for (int rank = 0; rank < order.length; rank++) {
          int row = order[rank];
          boolean flagged = flags[row];
          if (which == Rows.FLAGGED && !flagged) {
            continue; // smoothed decisions need not follow the ranking, so look at every row
          }
          csv.writeRecord(record(t, dates, row, s, rank + 1, flagged, topFeatures, extra));
          count[0]++;
        }
      }
      w.flush();
    });
    return count[0];
  }

  /** {@code row}, unless the data has a column of that name: then {@code source_row} (or with a number). */
  static String rowColumnName(List<String> taken) {
    if (!taken.contains("row")) {
      return "row";
    }
    String name = "source_row";
    for (int i = 2; taken.contains(name); i++) {
      name = "source_row_" + i;
    }
    return name;
  }

  private static List<String> record(Table t, DateTimeText[] dates, int row, Scores s, int rank, boolean flagged,
      int topFeatures, ExtraColumns extra) {
    List<String> cells = new ArrayList<>(t.columnCount() + 5);
    cells.add(Integer.toString(row + 1));
    for (int c = 0; c < dates.length; c++) {
      cells.add(cell(t.column(c), dates[c], row));
    }
    cells.add(Double.toString(s.value(row)));
    cells.add(Integer.toString(rank));
    cells.add(flagged ? "1" : "0");
    cells.add(SpreadsheetSafe.text(topFeatures(s, row, topFeatures)));
    for (String cell : extra.cells(row)) {
      cells.add(SpreadsheetSafe.text(cell));
    }
    return cells;
  }

  private static String cell(Column<?> c, DateTimeText date, int row) {
    if (c.isMissing(row)) {
      return "";
    }
    if (date != null) {
      return date.format(((DateTimeColumn) c).get(row));
    }
    String text = c.getString(row);
    return c instanceof NumericColumn<?> ? text : SpreadsheetSafe.text(text);
  }

  /** E.g. {@code "x3 (62%); x1 (21%)"}: shares of the row's total contribution. */
  public static String topFeatures(Scores s, int row, int k) {
    if (k <= 0) {
      return "";
    }
    float[] contributions = s.contributionsOf(row);
    double total = 0;
    for (float c : contributions) {
      total += c;
    }
    StringBuilder sb = new StringBuilder();
    for (int f : s.topFeatures(row, k)) {
      if (sb.length() > 0) {
        sb.append("; ");
      }
      double share = total > 0 ? 100.0 * contributions[f] / total : 0;
      sb.append(s.featureNames().get(f)).append(" (").append(wholePercent(share)).append("%)");
    }
    return sb.toString();
  }

  /**
   * {@code share} as {@code String.format("%.0f", share)} writes it (half away from zero, "-0" for
   * a small negative share) without a Formatter per cell: the Spark job writes top features for
   * every row, and formatting was a quarter of its time.
   */
  static String wholePercent(double share) {
    if (!Double.isFinite(share) || Math.abs(share) >= 1e15) {
      return String.format(Locale.ROOT, "%.0f", share);
    }
    boolean negative = share < 0 || (share == 0 && 1 / share < 0);
    return (negative ? "-" : "") + Math.round(Math.abs(share));
  }
}
