package org.anomalyworkbench.core.detector.lstm;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.anomalyworkbench.core.benchmark.SeriesBenchmark;
import org.anomalyworkbench.core.data.Dataset;
import org.anomalyworkbench.core.data.PreparedData;
import org.anomalyworkbench.core.data.csv.CsvImportOptions;
import org.anomalyworkbench.core.data.csv.CsvImporter;
import org.anomalyworkbench.core.data.prep.Preparation;
import org.anomalyworkbench.core.data.prep.PreparationConfig;
import org.anomalyworkbench.core.data.sample.TimeOrder;
import org.anomalyworkbench.core.detector.ConfigBinder;
import org.anomalyworkbench.core.detector.TrainingContext;
import org.anomalyworkbench.core.evaluation.series.SeriesEvaluation;
import org.anomalyworkbench.core.evaluation.series.TopFraction;

/**
 * How the LSTM's score smoothing moves the series measures: each labelled series under a folder
 * is trained once (first 80% in time, defaults plus the given parameters), then scored with
 * several trailing-mean lengths. Not a test:
 * {@code LstmTuning DIR [name=value ...]} (e.g. {@code mode=AUTOENCODER}); prints per series the
 * configured smoothing's ROC-AUC / AP / event F1 / VUS-PR (so a run stopped early still gives
 * every measure on the series done), then the mean ROC-AUC, AP, event F1 (top 1%) and VUS-PR
 * per smoothing.
 */
public final class LstmTuning {
  private static final int[] SMOOTHING = {1, 4, 8, 16, 32, 64};

  private LstmTuning() {
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> params = new java.util.LinkedHashMap<>();
    for (int i = 1; i < args.length; i++) {
      String[] kv = args[i].split("=", 2);
      params.put(kv[0], kv[1]);
    }
    LstmConfig config = ConfigBinder.bind(LstmConfig.defaults(), params);
    double[][] sums = new double[SMOOTHING.length][4];
    int n = 0;
    for (Path file : SeriesBenchmark.series(Path.of(args[0]))) {
      Dataset data = SeriesBenchmark.seriesRoles(CsvImporter.read(file, CsvImportOptions.defaults()));
      int[] time = TimeOrder.of(data).orElseThrow().inputRows();
      int train = time.length - (int) Math.round(time.length * 0.2);
      Preparation prep = Preparation.fit(data, java.util.Arrays.copyOf(time, train), PreparationConfig.defaults());
      PreparedData points = prep.transform(data).select(time);
      int[] labels = points.labels();
      if (labels == null || java.util.Arrays.stream(labels).sum() == 0) {
        continue;
      }
      long t0 = System.nanoTime();
      TrainedLstm model = LstmTraining.train(points.slice(0, train).withoutLabels(), config,
          new TrainingContext(42, null, null, points.slice(train, points.rows()).withoutLabels()));
      double fit = (System.nanoTime() - t0) / 1e9;
      List<String> cells = new ArrayList<>();
      double[] s0 = model.score(points.withoutLabels()).values();
      SeriesEvaluation e0 = SeriesEvaluation.of(s0, labels, TopFraction.flags(s0, 0.01));
      cells.add(String.format(Locale.ROOT, "k%d: %.3f %.3f %.3f %.3f |", config.smoothing(), e0.rocAuc(),
          e0.averagePrecision(), e0.eventF1(), e0.vusPr()));
      for (int k = 0; k < SMOOTHING.length; k++) {
        TrainedLstm smoothed = model.withSmoothing(SMOOTHING[k]);
        double[] s = smoothed.score(points.withoutLabels()).values();
        SeriesEvaluation e = SeriesEvaluation.of(s, labels, TopFraction.flags(s, 0.01));
        sums[k][0] += e.rocAuc();
        sums[k][1] += e.averagePrecision();
        sums[k][2] += e.eventF1();
        sums[k][3] += e.vusPr();
        cells.add(String.format(Locale.ROOT, "k%d %.3f/%.3f", SMOOTHING[k], e.rocAuc(), e.eventF1()));
      }
      n++;
      System.out.printf(Locale.ROOT, "%-32s %5.1fs  %s%n", data.name(), fit, String.join("  ", cells));
    }
    for (int k = 0; k < SMOOTHING.length; k++) {
      System.out.printf(Locale.ROOT, "smoothing %2d: roc %.4f ap %.4f event_f1 %.4f vus_pr %.4f (%d series)%n",
          SMOOTHING[k], sums[k][0] / n, sums[k][1] / n, sums[k][2] / n, sums[k][3] / n, n);
    }
  }
}
