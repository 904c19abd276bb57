package org.anomalyworkbench.core.benchmark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.anomalyworkbench.core.data.DataKind;
import org.anomalyworkbench.core.data.Dataset;
import org.anomalyworkbench.core.data.csv.CsvImportOptions;
import org.anomalyworkbench.core.data.csv.CsvImporter;
import org.anomalyworkbench.core.data.prep.PreparationConfig;
import org.anomalyworkbench.core.data.sample.TimeOrder;
import org.anomalyworkbench.core.detector.registry.DetectorRegistry;
import org.anomalyworkbench.core.model.ModelScorer;
import org.anomalyworkbench.core.pipeline.TrainingPipeline;
import org.anomalyworkbench.core.pipeline.TrainingRequest;
import org.anomalyworkbench.core.scoring.ThresholdContext;
import org.anomalyworkbench.core.scoring.ThresholdPolicy;
import org.anomalyworkbench.core.training.CancellationToken;
import org.anomalyworkbench.core.training.TrainingListener;

/**
 * The SKAB leaderboard's outlier protocol, behind {@code bench --kind timeseries --train-rows N}:
 * each series' first {@code N} points in time are normal and train the detector; the threshold
 * is resolved from their scores (SKAB: {@code train-quantile:0.99x1.5}); every later point is
 * flagged or not, and point-wise precision, recall and F1 are pooled over all series' test
 * points per detector. Series without a label column are skipped.
 */
public final class TrainRowsProtocol {
  private TrainRowsProtocol() {
  }

  /**
   * One detector on one series.
   *
   * @param series file name without extension
   * @param detector detector id (with its window for detectors of table rows)
   * @param testPoints points after the training part
   * @param tp flagged anomalous test points
   * @param fp flagged normal test points
   * @param fn anomalous test points not flagged
   * @param threshold the resolved threshold
   * @param fitSeconds training time
   */
  public record Row(String series, String detector, int testPoints, int tp, int fp, int fn, double threshold,
      double fitSeconds) {
    /** The CSV header, in column order. */
    public static final String HEADER = "dataset,detector,test_points,tp,fp,fn,f1,threshold,fit_seconds";

    /** Point-wise F1 of this series alone (0 when nothing is right). */
    public double f1() {
      return f1(tp, fp, fn);
    }

    static double f1(long tp, long fp, long fn) {
      return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
    }

    public String toCsv() {
      return String.format(Locale.ROOT, "%s,%s,%d,%d,%d,%d,%.4f,%.6g,%.3f", series, detector, testPoints, tp, fp, fn,
          f1(), threshold, fitSeconds);
    }
  }

  /** Runs every detector on every series. */
  public static List<Row> run(List<Path> files, List<String> detectorIds, Map<String, String> parameters, int window,
      int trainPoints, ThresholdPolicy threshold, long seed, Consumer<Row> onRow, CancellationToken cancel) {
    List<Row> rows = new ArrayList<>();
    for (Path file : files) {
      Dataset data = SeriesBenchmark.seriesRoles(CsvImporter.read(file, CsvImportOptions.defaults()));
      if (!SeriesBenchmark.hasLabel(data)) {
        continue; // nothing to judge against (e.g. SKAB's anomaly-free run has no label column)
      }
      int[] time = TimeOrder.of(data).orElseThrow().inputRows();
      if (time.length <= trainPoints) {
        throw new IllegalArgumentException(file.getFileName() + " has " + time.length + " points, not more than the "
            + trainPoints + " training points: nothing would be tested.");
      }
      for (String id : detectorIds) {
        cancel.throwIfCancelled();
        Row row = runOne(data, time, id, parameters, window, trainPoints, threshold, seed, cancel);
        rows.add(row);
        onRow.accept(row);
      }
    }
    return rows;
  }

  /** Point-wise F1 over every series' test points of {@code rows} (one detector's). */
  public static double pooledF1(List<Row> rows) {
    long tp = rows.stream().mapToLong(Row::tp).sum();
    long fp = rows.stream().mapToLong(Row::fp).sum();
    long fn = rows.stream().mapToLong(Row::fn).sum();
    return Row.f1(tp, fp, fn);
  }

  private static Row runOne(Dataset data, int[] time, String id, Map<String, String> parameters, int window,
      int trainPoints, ThresholdPolicy threshold, long seed, CancellationToken cancel) {
    boolean tabular = DetectorRegistry.byId(id).accepts().contains(DataKind.TABULAR);
    int[] trainRows = java.util.Arrays.copyOf(time, trainPoints);
    Dataset training = new Dataset(data.name(), data.source(), data.table().rows(trainRows), data.schema());
    PreparationConfig prep = PreparationConfig.defaults().withWindow(tabular ? window : 0);
    long t0 = System.nanoTime();
    var trained = TrainingPipeline.train(training, new TrainingRequest(id, parameters, prep, seed, threshold),
        TrainingListener.NONE, cancel);
    double fit = (System.nanoTime() - t0) / 1e9;
    var scored = ModelScorer.score(trained.model(), data, cancel);
    double[] scores = scored.scores().values();
    int[] labels = scored.labels();
    double[] trainScores = IntStream.of(trainRows).mapToDouble(r -> scores[r]).toArray();
    double t = threshold.resolve(new ThresholdContext(trainScores, trainScores, null, null));
    int tp = 0;
    int fp = 0;
    int fn = 0;
    for (int k = trainPoints; k < time.length; k++) {
      int r = time[k];
      boolean flagged = scores[r] >= t;
      boolean anomaly = labels[r] == 1;
      tp += flagged && anomaly ? 1 : 0;
      fp += flagged && !anomaly ? 1 : 0;
      fn += !flagged && anomaly ? 1 : 0;
    }
    String name = id + (tabular && window > 0 ? "/w" + window : "") + (parameters.isEmpty() ? "" : parameters);
    return new Row(data.name(), name, time.length - trainPoints, tp, fp, fn, t, fit);
  }
}
