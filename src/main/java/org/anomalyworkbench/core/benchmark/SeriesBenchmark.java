package org.anomalyworkbench.core.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.anomalyworkbench.core.data.ColumnInfo;
import org.anomalyworkbench.core.data.ColumnRole;
import org.anomalyworkbench.core.data.Dataset;
import org.anomalyworkbench.core.data.Schema;
import org.anomalyworkbench.core.data.csv.CsvImportOptions;
import org.anomalyworkbench.core.data.csv.CsvImporter;
import org.anomalyworkbench.core.data.prep.PreparationConfig;
import org.anomalyworkbench.core.data.sample.TimeOrder;
import org.anomalyworkbench.core.detector.registry.DetectorRegistry;
import org.anomalyworkbench.core.evaluation.series.RollingZScore;
import org.anomalyworkbench.core.evaluation.series.SeriesEvaluation;
import org.anomalyworkbench.core.evaluation.series.TopFraction;
import org.anomalyworkbench.core.pipeline.TrainingPipeline;
import org.anomalyworkbench.core.pipeline.TrainingRequest;
import org.anomalyworkbench.core.scoring.ThresholdPolicy;
import org.anomalyworkbench.core.training.CancellationToken;
import org.anomalyworkbench.core.training.TrainingListener;
import tech.tablesaw.api.NumericColumn;

/**
 * The time-series protocol behind {@code bench --kind timeseries}: every CSV under a folder
 * (recursively) is one series ({@code time, value[, more values], label}); each detector is
 * trained without labels on the first 80% of the series in time (the last 20% is its
 * validation) with default settings, scores every point, and is judged point-wise (ROC-AUC,
 * AP), event-wise with the top 1% of points flagged, and by VUS-PR. Detectors of table rows read
 * windows of {@code window} points. The trailing rolling z-score ({@value #BASELINE}, window 288)
 * runs beside them as the baseline a model must beat.
 */
public final class SeriesBenchmark {
  /** The baseline's name in the output. */
  public static final String BASELINE = "rolling-zscore";
  /** Share of points flagged for the event measures. */
  public static final double FLAGGED_FRACTION = 0.01;

  private SeriesBenchmark() {
  }

  /**
   * One detector on one series.
   *
   * @param row the usual benchmark columns (point-wise ROC-AUC and AP, times)
   * @param evaluation the series measures at the top 1%
   */
  public record Row(BenchmarkRow row, SeriesEvaluation evaluation) {
    /** The CSV header: the usual columns, then the series measures. */
    public static final String HEADER = BenchmarkRow.HEADER + ",event_recall,event_precision,event_f1,vus_pr";

    public String toCsv() {
      return row.toCsv() + String.format(Locale.ROOT, ",%.4f,%.4f,%.4f,%.4f", evaluation.eventRecall(),
          evaluation.eventPrecision(), evaluation.eventF1(), evaluation.vusPr());
    }
  }

  /** The CSV files under {@code dir}, recursively, by path. */
  public static List<Path> series(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")).sorted().toList();
    }
  }

  /** Runs the baseline and every detector on every series, reporting each row when measured. */
  public static List<Row> run(List<Path> files, List<String> detectorIds, Map<String, String> parameters, int window,
      long seed, Consumer<Row> onRow, CancellationToken cancel) {
    List<Row> rows = new ArrayList<>();
    for (Path file : files) {
      Dataset data = seriesRoles(CsvImporter.read(file, CsvImportOptions.defaults()));
      if (!hasLabel(data)) {
        continue; // nothing to judge against (e.g. SKAB's anomaly-free run has no label column)
      }
      int[] time = TimeOrder.of(data).orElseThrow().inputRows();
      int[] labels = labelsInTimeOrder(data, time);
      report(rows, onRow, baseline(data, time, labels));
      for (String id : detectorIds) {
        cancel.throwIfCancelled();
        report(rows, onRow, runOne(data, time, labels, id, parameters, window, seed, cancel));
      }
    }
    return rows;
  }

  private static void report(List<Row> rows, Consumer<Row> onRow, Row row) {
    rows.add(row);
    onRow.accept(row);
  }

  static Row runOne(Dataset data, int[] time, int[] labels, String id, Map<String, String> parameters, int window,
      long seed, CancellationToken cancel) {
    boolean tabular = DetectorRegistry.byId(id).accepts().contains(org.anomalyworkbench.core.data.DataKind.TABULAR);
    PreparationConfig prep = PreparationConfig.defaults().withWindow(tabular ? window : 0);
    long t0 = System.nanoTime();
    var result = TrainingPipeline.train(data, new TrainingRequest(id, parameters, prep, seed,
        new ThresholdPolicy.Contamination(FLAGGED_FRACTION)), TrainingListener.NONE, cancel);
    double seconds = (System.nanoTime() - t0) / 1e9;
    double[] scores = inTimeOrder(result.scored().scores().values(), time);
    String name = id + (tabular && window > 0 ? "/w" + window : "") + (parameters.isEmpty() ? "" : parameters);
    return judged(data, name, scores, labels, seconds);
  }

  static Row baseline(Dataset data, int[] time, int[] labels) {
    List<ColumnInfo> features = data.schema().features();
    int channels = features.size();
    float[] values = new float[data.rows() * channels];
    for (int c = 0; c < channels; c++) {
      NumericColumn<?> col = (NumericColumn<?>) data.table().column(features.get(c).name());
      for (int k = 0; k < time.length; k++) {
        values[k * channels + c] = (float) col.getDouble(time[k]);
      }
    }
    long t0 = System.nanoTime();
    double[] scores = RollingZScore.scores(values, channels);
    return judged(data, BASELINE, scores, labels, (System.nanoTime() - t0) / 1e9);
  }

  private static Row judged(Dataset data, String detector, double[] scoresInTime, int[] labels, double seconds) {
    SeriesEvaluation e = SeriesEvaluation.of(scoresInTime, labels, TopFraction.flags(scoresInTime, FLAGGED_FRACTION));
    return new Row(new BenchmarkRow(data.name(), detector, data.rows(), data.schema().features().size(), e.rocAuc(),
        e.averagePrecision(), seconds, 0), e);
  }

  private static double[] inTimeOrder(double[] inputOrder, int[] time) {
    double[] out = new double[time.length];
    for (int k = 0; k < time.length; k++) {
      out[k] = inputOrder[time[k]];
    }
    return out;
  }

  private static int[] labelsInTimeOrder(Dataset data, int[] time) {
    NumericColumn<?> label = (NumericColumn<?>) data.table().column(data.schema().label().orElseThrow().name());
    int[] out = new int[time.length];
    for (int k = 0; k < time.length; k++) {
      out[k] = label.getDouble(time[k]) > 0 ? 1 : 0;
    }
    return out;
  }

  /**
   * The label is the column named {@code label} (NAB) or {@code anomaly} (SKAB), else the last
   * column if it holds only 0 and 1 (else the series has no label); the first date-time (or, without one, the first column) is the time; other 0/1 marker
   * columns (NAB's {@code anomaly_point}, SKAB's {@code changepoint}) are ignored; the rest are
   * the channels.
   */
  public static Dataset seriesRoles(Dataset data) {
    List<ColumnInfo> cols = data.schema().columns();
    boolean hasTime = cols.stream().anyMatch(c -> c.role() == ColumnRole.TIME);
    String last = cols.get(cols.size() - 1).name();
    String label = cols.stream().map(ColumnInfo::name).filter(n -> n.equalsIgnoreCase("label")).findFirst()
        .or(() -> cols.stream().map(ColumnInfo::name).filter(n -> n.equalsIgnoreCase("anomaly")).findFirst())
        .orElse(isZeroOne(data, last) ? last : null);
    List<ColumnInfo> out = new ArrayList<>();
    for (int i = 0; i < cols.size(); i++) {
      ColumnInfo c = cols.get(i);
      ColumnRole role;
      if (c.name().equals(label)) {
        role = ColumnRole.LABEL;
      } else if (c.role() == ColumnRole.TIME || (!hasTime && i == 0)) {
        role = ColumnRole.TIME;
      } else if (isMarker(c.name())) {
        role = ColumnRole.IGNORED;
      } else {
        role = ColumnRole.FEATURE;
      }
      out.add(c.withRole(role));
    }
    return data.withSchema(new Schema(out));
  }

  private static boolean isZeroOne(Dataset data, String column) {
    if (!(data.table().column(column) instanceof NumericColumn<?> c)) {
      return false;
    }
    for (int r = 0; r < c.size(); r++) {
      double v = c.getDouble(r);
      if (v != 0 && v != 1) {
        return false;
      }
    }
    return true;
  }

  /** True when {@link #seriesRoles} found a label column. */
  static boolean hasLabel(Dataset data) {
    return data.schema().label().isPresent();
  }

  private static boolean isMarker(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return n.equals("anomaly_point") || n.equals("changepoint");
  }
}
