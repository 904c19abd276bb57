package org.anomalyworkbench.ui.series;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.anomalyworkbench.core.data.ColumnRole;
import org.anomalyworkbench.core.data.Dataset;
import org.anomalyworkbench.core.data.csv.CsvImportOptions;
import org.anomalyworkbench.core.data.csv.CsvImporter;
import org.anomalyworkbench.core.data.sample.TimeOrder;
import org.anomalyworkbench.core.detector.Scores;
import org.anomalyworkbench.core.evaluation.series.RollingZScore;
import org.anomalyworkbench.core.scoring.SortedScores;
import org.anomalyworkbench.ui.Screenshots;
import org.anomalyworkbench.ui.Theme;
import org.anomalyworkbench.ui.chart.ChartPalette;
import org.anomalyworkbench.ui.results.CoreThresholds;
import org.anomalyworkbench.ui.results.Medians;
import org.anomalyworkbench.ui.results.ResultsData;
import org.anomalyworkbench.ui.results.ResultsView;
import org.anomalyworkbench.ui.results.ResultsViewModel;
import org.anomalyworkbench.ui.results.ThresholdStrategy;

/**
 * Development tool (not a test): the results step on a real NAB series (timestamp, value,
 * label windows) scored by the rolling z-score baseline, top 1% flagged, the highest event
 * picked, written as a PNG; then the time to repaint the canvas on a million points. Run under
 * Xvfb: {@code xvfb-run -a -s "-screen 0 1440x900x24" java -cp ... org.anomalyworkbench.ui.series.SeriesScreenshot
 * ../shared/data/timeseries/nab/realAWSCloudwatch/ec2_cpu_utilization_24ae8d.csv assets/screenshots/10-series.png}.
 */
public final class SeriesScreenshot {
  private SeriesScreenshot() {
  }

  public static void main(String[] args) throws Exception {
    Path csv = Path.of(args[0]);
    Path png = Path.of(args[1]);
    ResultsData data = score(CsvImporter.read(csv, CsvImportOptions.defaults()
        .withRole("anomaly_point", ColumnRole.IGNORED).withRole("label", ColumnRole.LABEL)));
    CountDownLatch started = new CountDownLatch(1);
    Platform.startup(started::countDown);
    started.await();
    AtomicReference<Stage> stage = new AtomicReference<>();
    AtomicReference<SeriesResults> series = new AtomicReference<>();
    AtomicReference<SeriesViewModel> seriesVm = new AtomicReference<>();
    fx(() -> {
      ResultsViewModel results = new ResultsViewModel(new CoreThresholds());
      ResultsView view = new ResultsView(results, () -> { }, () -> { });
      SeriesViewModel vm = new SeriesViewModel(results);
      series.set(new SeriesResults(view, vm));
      seriesVm.set(vm);
      results.setData(data);
      results.strategyProperty().set(ThresholdStrategy.CONTAMINATION);
      results.strategyParameterProperty().set("1");
      results.applyStrategy();
      Stage s = new Stage();
      Scene scene = new Scene(view.root(), 1440, 900);
      scene.getStylesheets().addAll(Theme.LIGHT.stylesheets());
      s.setScene(scene);
      s.show();
      stage.set(s);
    });
    Thread.sleep(800);
    fx(() -> {
      SeriesViewModel vm = seriesVm.get();
      // The strongest event inside a labelled window (the first day's warm-up scores higher, but says less).
      boolean[] labelled = vm.seriesProperty().get().labelled();
      var peak = vm.events().stream().filter(e -> labelled[e.peakIndex()])
          .max(java.util.Comparator.comparingDouble(e -> e.peakScore()))
          .orElseGet(() -> vm.events().get(0));
      vm.selectEvent(peak);
      vm.reset(); // the overview, with the event still picked and its peak row in the detail
    });
    Thread.sleep(800);
    fx(() -> Screenshots.save(stage.get().getScene(), png));
    fx(() -> timeRedraw(seriesVm.get(), series.get().canvas()));
    Platform.exit();
  }

  /** Scores the series' value channel with the rolling z-score, in time order, back in file order. */
  static ResultsData score(Dataset d) {
    int[] order = TimeOrder.of(d).orElseThrow().inputRows();
    var value = d.table().numberColumn("value");
    float[] series = new float[order.length];
    for (int k = 0; k < order.length; k++) {
      series[k] = (float) value.getDouble(order[k]);
    }
    double[] byTime = RollingZScore.scores(series, 1);
    double[] scores = new double[order.length];
    for (int k = 0; k < order.length; k++) {
      scores[order[k]] = byTime[k];
    }
    float[] contributions = new float[scores.length];
    for (int r = 0; r < scores.length; r++) {
      contributions[r] = (float) scores[r];
    }
    int[] labels = d.table().numberColumn("label").asDoubleColumn().asIntColumn().asIntArray();
    return new ResultsData(d, new Scores(scores, contributions, List.of("value")), labels, new SortedScores(scores),
        scores, new double[0], "rolling z-score", Medians.of(d), null);
  }

  /**
   * Loads a 1M-point, 2-channel series into the same view (time order, events) and repaints the
   * canvas: whole series, then zoomed; prints the mean time per frame.
   */
  private static void timeRedraw(SeriesViewModel vm, SeriesCanvas canvas) {
    int n = 1_000_000;
    java.time.LocalDateTime[] t = new java.time.LocalDateTime[n];
    double[] a = new double[n];
    double[] b = new double[n];
    double[] s = new double[n];
    java.util.SplittableRandom rnd = new java.util.SplittableRandom(1);
    java.time.LocalDateTime start = java.time.LocalDateTime.of(2024, 1, 1, 0, 0);
    for (int k = 0; k < n; k++) {
      t[k] = start.plusSeconds(k);
      a[k] = Math.sin(k / 500.0) + rnd.nextGaussian() * 0.1;
      b[k] = Math.cos(k / 3000.0) + rnd.nextGaussian() * 0.1;
      s[k] = Math.abs(rnd.nextGaussian());
    }
    tech.tablesaw.api.Table table = tech.tablesaw.api.Table.create("big", tech.tablesaw.api.DateTimeColumn.create("t", t),
        tech.tablesaw.api.DoubleColumn.create("a", a), tech.tablesaw.api.DoubleColumn.create("b", b));
    var schema = new org.anomalyworkbench.core.data.Schema(List.of(
        new org.anomalyworkbench.core.data.ColumnInfo("t", org.anomalyworkbench.core.data.ColumnKind.DATETIME, ColumnRole.TIME, 0, n),
        new org.anomalyworkbench.core.data.ColumnInfo("a", org.anomalyworkbench.core.data.ColumnKind.NUMERIC, ColumnRole.FEATURE, 0, n),
        new org.anomalyworkbench.core.data.ColumnInfo("b", org.anomalyworkbench.core.data.ColumnKind.NUMERIC, ColumnRole.FEATURE, 0, n)));
    Dataset d = new Dataset("big", null, table, schema);
    long t0 = System.nanoTime();
    vm.results().setData(new ResultsData(d, new Scores(s, new float[2 * n], List.of("a", "b")), null,
        new SortedScores(s), s, new double[0], "score", java.util.Map.of(), null));
    long t1 = System.nanoTime();
    System.out.printf("1M points: results + series loaded in %.0f ms, %d events%n", (t1 - t0) / 1e6, vm.events().size());
    for (boolean zoomed : new boolean[] {false, true}) {
      if (zoomed) {
        vm.zoomToRange(400_000, 650_000);
      }
      canvas.redrawNow();
      int frames = 10;
      long f0 = System.nanoTime();
      for (int i = 0; i < frames; i++) {
        canvas.forgetColumns(); // as after a zoom or pan step: every lane decimated again
        canvas.redrawNow();
      }
      long f1 = System.nanoTime();
      for (int i = 0; i < frames; i++) {
        canvas.redrawNow(); // as for a drag band or focus change: columns reused
      }
      System.out.printf("canvas %dx%d, %s, 3 lanes: %.1f ms per frame after a zoom/pan, %.1f ms otherwise%n",
          (int) canvas.getWidth(), (int) canvas.getHeight(), zoomed ? "250k points visible" : "1M points visible",
          (f1 - f0) / 1e6 / frames, (System.nanoTime() - f1) / 1e6 / frames);
    }
    long m0 = System.nanoTime();
    vm.results().thresholdProperty().set(2.5);
    System.out.printf("threshold move on 1M points (flags + events): %.1f ms, %d events%n",
        (System.nanoTime() - m0) / 1e6, vm.events().size());
  }

  private interface FxAction {
    void run() throws Exception;
  }

  private static void fx(FxAction action) throws Exception {
    CountDownLatch done = new CountDownLatch(1);
    AtomicReference<Exception> failure = new AtomicReference<>();
    Platform.runLater(() -> {
      try {
        action.run();
      } catch (Exception e) {
        failure.set(e);
      } finally {
        done.countDown();
      }
    });
    done.await();
    if (failure.get() != null) {
      throw failure.get();
    }
  }
}
