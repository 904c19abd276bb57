package org.anomalyworkbench.core.report.document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.anomalyworkbench.core.data.ColumnKind;
import org.anomalyworkbench.core.data.ColumnRole;
import org.anomalyworkbench.core.data.Dataset;
import org.anomalyworkbench.core.data.sample.TimeOrder;
import org.anomalyworkbench.core.detector.Scores;
import org.anomalyworkbench.core.evaluation.Evaluation;
import org.anomalyworkbench.core.evaluation.PrCurve;
import org.anomalyworkbench.core.evaluation.RocCurve;
import org.anomalyworkbench.core.evaluation.series.Events;
import org.anomalyworkbench.core.evaluation.series.FlaggedEvent;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * What a report derives from one run: the evaluation and curves when labels exist, and the
 * most anomalous records (or, for a series, the flagged events) with their explanations. The
 * HTML and PDF renderers print the same facts.
 *
 * @param run the run
 * @param evaluation metrics at the run's decisions, or {@code null} without labels
 * @param roc the ROC curve, or {@code null} without labels
 * @param pr the precision-recall curve, or {@code null} without labels
 * @param topRecords the most anomalous rows first (for images with thumbnails); empty for a series
 * @param topEvents for a series, its flagged events by peak score; else empty
 */
public record RunFacts(ReportRun run, Evaluation evaluation, RocCurve roc, PrCurve pr, List<TopRecord> topRecords,
    List<TopEvent> topEvents) {
  /** Columns of a record's own values shown beside its explanation; the rest is counted. */
  static final int VALUES_SHOWN = 6;
  /** Features named in an explanation. */
  static final int FEATURES_SHOWN = 5;
  private static final int CURVE_POINTS = 400;

  public RunFacts {
    topRecords = List.copyOf(topRecords);
    topEvents = List.copyOf(topEvents);
  }

  /** Derives the facts of {@code run}, listing {@code top} records or events. */
  public static RunFacts of(ReportRun run, int top) {
    var scored = run.scored();
    double[] scores = scored.scores().values();
    Evaluation e = null;
    RocCurve roc = null;
    PrCurve pr = null;
    if (scored.hasLabels()) {
      e = Evaluation.of(scores, scored.labels(), run.threshold(), run.flags());
      roc = RocCurve.of(scores, scored.labels(), CURVE_POINTS);
      pr = PrCurve.of(scores, scored.labels(), CURVE_POINTS);
    }
    var order = TimeOrder.of(scored.dataset());
    if (order.isPresent()) {
      return new RunFacts(run, e, roc, pr, List.of(), topEvents(run, order.get(), top));
    }
    return new RunFacts(run, e, roc, pr, topRecords(run, top), List.of());
  }

  /** True when two runs scored the same data (same source and size), so that one dataset section describes both. */
  static boolean sameData(ReportRun a, ReportRun b) {
    var x = a.scored().dataset();
    var y = b.scored().dataset();
    return x == y || (java.util.Objects.equals(x.source(), y.source()) && x.name().equals(y.name()) && x.rows() == y.rows());
  }

  /** True when the run is a series, whose top items are events rather than rows. */
  public boolean isSeries() {
    return topRecords.isEmpty() && TimeOrder.of(run.scored().dataset()).isPresent();
  }

  private static List<TopRecord> topRecords(ReportRun run, int top) {
    var scored = run.scored();
    Dataset d = scored.dataset();
    int[] ranked = scored.sorted().descendingRows();
    List<TopRecord> out = new ArrayList<>();
    for (int rank = 0; rank < Math.min(top, ranked.length); rank++) {
      int row = ranked[rank];
      byte[] thumb = null;
      byte[] heat = null;
      if (d.isImages()) {
        thumb = Thumbnails.image(d.images(), row);
        heat = Thumbnails.heatMap(d.images(), scored.scores().contributionsOf(row));
      }
      List<Setting> explanation = explanation(scored.scores(), row, d.isImages());
      out.add(new TopRecord(rank + 1, row, scored.scores().value(row), run.flags()[row],
          scored.hasLabels() ? scored.labels()[row] : -1, values(d, row, explanation), explanation, thumb, heat));
    }
    return out;
  }

  private static List<TopEvent> topEvents(ReportRun run, TimeOrder order, int top) {
    var scored = run.scored();
    int[] rows = order.inputRows();
    double[] scoresInTime = new double[rows.length];
    boolean[] flagsInTime = new boolean[rows.length];
    for (int i = 0; i < rows.length; i++) {
      scoresInTime[i] = scored.scores().value(rows[i]);
      flagsInTime[i] = run.flags()[rows[i]];
    }
    List<FlaggedEvent> events = new ArrayList<>(Events.flaggedWithPeaks(scoresInTime, flagsInTime));
    events.sort(Comparator.comparingDouble(FlaggedEvent::peakScore).reversed().thenComparingInt(FlaggedEvent::start));
    Column<?> time = scored.dataset().table().column(order.column());
    List<TopEvent> out = new ArrayList<>();
    for (int i = 0; i < Math.min(top, events.size()); i++) {
      FlaggedEvent ev = events.get(i);
      int peakRow = rows[ev.peakIndex()];
      out.add(new TopEvent(i + 1, time.getString(rows[ev.start()]), time.getString(rows[ev.end() - 1]), ev.length(),
          ev.peakScore(), peakRow, explanation(scored.scores(), peakRow, false)));
    }
    return out;
  }

  /**
   * The row's own values, most telling first: ID columns (they name the row), text and
   * category columns, then the columns of the features that explain its score, then the rest
   * in file order, {@link #VALUES_SHOWN} at most; numbers with six significant digits.
   */
  private static List<Setting> values(Dataset d, int row, List<Setting> explanation) {
    Table t = d.table();
    List<String> names = new ArrayList<>();
    d.schema().columns().stream().filter(c -> c.role() == ColumnRole.ID).forEach(c -> names.add(c.name()));
    d.schema().columns().stream().filter(c -> c.kind() == ColumnKind.TEXT || c.kind() == ColumnKind.CATEGORICAL)
        .forEach(c -> addOnce(names, c.name()));
    for (Setting feature : explanation) {
      for (String column : t.columnNames()) {
        if (feature.name().equals(column) || feature.name().startsWith(column + "=")) {
          addOnce(names, column);
        }
      }
    }
    t.columnNames().forEach(n -> addOnce(names, n));
    List<Setting> out = new ArrayList<>();
    for (String n : names.subList(0, Math.min(VALUES_SHOWN, names.size()))) {
      Column<?> c = t.column(n);
      String text;
      if (c.isMissing(row)) {
        text = "(missing)";
      } else if (c instanceof NumericColumn<?> num) {
        text = compact(num.getDouble(row));
      } else {
        text = c.getString(row);
      }
      out.add(new Setting(n, text));
    }
    return out;
  }

  private static void addOnce(List<String> names, String name) {
    if (!names.contains(name)) {
      names.add(name);
    }
  }

  /** Six significant digits, without trailing zeros: 0.215646 rather than 0.21564568867813344. */
  static String compact(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    String s = String.format(Locale.ROOT, "%.6g", v);
    if (s.contains("e")) {
      return s.replaceAll("\\.?0+e", "e");
    }
    return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
  }

  /** The features contributing most, each with its share of the row's total contribution. */
  static List<Setting> explanation(Scores s, int row, boolean images) {
    if (images || s.featureNames().isEmpty()) {
      return List.of();
    }
    float[] c = s.contributionsOf(row);
    double total = 0;
    for (float v : c) {
      total += v;
    }
    List<Setting> out = new ArrayList<>();
    for (int f : s.topFeatures(row, FEATURES_SHOWN)) {
      if (total > 0 && c[f] > 0) {
        out.add(new Setting(s.featureNames().get(f), String.format(Locale.ROOT, "%.0f%%", 100.0 * c[f] / total)));
      }
    }
    return out;
  }
}
