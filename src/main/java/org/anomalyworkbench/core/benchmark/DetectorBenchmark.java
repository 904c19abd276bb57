package org.anomalyworkbench.core.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.anomalyworkbench.core.data.ColumnInfo;
import org.anomalyworkbench.core.data.ColumnRole;
import org.anomalyworkbench.core.data.csv.CsvImportOptions;
import org.anomalyworkbench.core.data.csv.CsvImporter;
import org.anomalyworkbench.core.data.Dataset;
import org.anomalyworkbench.core.data.PreparedData;
import org.anomalyworkbench.core.data.Schema;
import org.anomalyworkbench.core.data.prep.Preparation;
import org.anomalyworkbench.core.data.prep.PreparationConfig;
import org.anomalyworkbench.core.detector.registry.DetectorRegistry;
import org.anomalyworkbench.core.detector.Scores;
import org.anomalyworkbench.core.detector.TrainedDetector;
import org.anomalyworkbench.core.detector.TrainingContext;
import org.anomalyworkbench.core.evaluation.Metrics;
import org.anomalyworkbench.core.training.CancellationToken;
import org.anomalyworkbench.core.training.TrainingListener;

/**
 * The ADBench-style protocol behind {@code bench}: for every labelled CSV in a folder (last
 * column is the 0/1 label), each detector is fitted on all rows without labels, with the
 * default preparation and default settings, and its scores are judged against the labels.
 * With a {@link Holdout} it runs PyOD's benchmark protocol instead, so that its published
 * tables can be compared like for like.
 */
public final class DetectorBenchmark {
  private DetectorBenchmark() {
  }

  /** The labelled CSV files of {@code dir}, by name. */
  public static List<Path> datasets(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".csv"))
          .sorted().toList();
    }
  }

  /**
   * PyOD's benchmark protocol ({@code docs/benchmark.rst} of PyOD: "split into 60% for training
   * and 40% for testing, repeated 10 times independently with random splits"): the preparation
   * and the detector are fitted on a random {@code 1 - fraction} of the rows (labels unseen),
   * the other {@code fraction} is scored and judged, and the figures are means over the splits.
   *
   * @param fraction share of rows judged, in (0, 1)
   * @param repeats random splits, split {@code i} drawn with seed {@code seed + i}
   */
  public record Holdout(double fraction, int repeats) {
    public Holdout {
      if (!(fraction > 0 && fraction < 1) || repeats < 1) {
        throw new IllegalArgumentException("A holdout needs a share between 0 and 1 and at least one split; got "
            + fraction + " and " + repeats + ".");
      }
    }

    /** Rows to fit on and rows to judge for split {@code repeat}: a seeded shuffle, cut at the share. */
    int[][] split(int rows, long seed, int repeat) {
      int[] order = java.util.stream.IntStream.range(0, rows).toArray();
      java.util.Random random = new java.util.Random(seed + repeat);
      for (int i = rows - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        int t = order[i];
        order[i] = order[j];
        order[j] = t;
      }
      int judged = (int) Math.round(fraction * rows);
      int[] fit = java.util.Arrays.copyOfRange(order, judged, rows);
      int[] test = java.util.Arrays.copyOfRange(order, 0, judged);
      java.util.Arrays.sort(fit);
      java.util.Arrays.sort(test);
      return new int[][] {fit, test};
    }
  }

  /** Runs every detector with its default settings on every dataset, reporting each row as soon as it is measured. */
  public static List<BenchmarkRow> run(List<Path> files, List<String> detectorIds, long seed,
      Consumer<BenchmarkRow> onRow, CancellationToken cancel) {
    return run(files, detectorIds, Map.of(), seed, onRow, cancel);
  }

  /**
   * As {@link #run(List, List, long, Consumer, CancellationToken)} with {@code parameters} over
   * every detector's defaults (e.g. a GAN scored by its bare discriminator, {@code score=discriminator}).
   */
  public static List<BenchmarkRow> run(List<Path> files, List<String> detectorIds, Map<String, String> parameters,
      long seed, Consumer<BenchmarkRow> onRow, CancellationToken cancel) {
    return run(files, detectorIds, parameters, seed, null, onRow, cancel);
  }

  /** As above, judged on held-out rows when {@code holdout} is not null (PyOD's protocol). */
  public static List<BenchmarkRow> run(List<Path> files, List<String> detectorIds, Map<String, String> parameters,
      long seed, Holdout holdout, Consumer<BenchmarkRow> onRow, CancellationToken cancel) {
    for (String id : detectorIds) {
      if (DetectorRegistry.byId(id).requiresLabels()) {
        throw new IllegalArgumentException("'" + id + "' needs labels; bench runs unsupervised detectors only.");
      }
    }
    List<BenchmarkRow> rows = new ArrayList<>();
    for (Path file : files) {
      Dataset data = labelLastColumn(CsvImporter.read(file, CsvImportOptions.defaults()));
      for (String id : detectorIds) {
        cancel.throwIfCancelled();
        BenchmarkRow row = holdout == null ? runOne(data, id, parameters, seed, cancel)
            : runHeldOut(data, id, parameters, seed, holdout, cancel);
        rows.add(row);
        onRow.accept(row);
      }
    }
    return rows;
  }

  static BenchmarkRow runOne(Dataset data, String detectorId, Map<String, String> parameters, long seed,
      CancellationToken cancel) {
    int[] all = java.util.stream.IntStream.range(0, data.rows()).toArray();
    long t0 = System.nanoTime();
    Preparation preparation = Preparation.fit(data, all, PreparationConfig.defaults().withValidationFraction(0));
    PreparedData prepared = preparation.transform(data);
    TrainedDetector trained = DetectorRegistry.train(detectorId, parameters, prepared.withoutLabels(),
        new TrainingContext(seed, TrainingListener.NONE, cancel, null));
    long t1 = System.nanoTime();
    Scores scores = trained.score(prepared.withoutLabels());
    long t2 = System.nanoTime();
    int[] labels = prepared.labels();
    return new BenchmarkRow(data.name(), detectorId, data.rows(), data.schema().features().size(),
        Metrics.rocAuc(scores.values(), labels), Metrics.averagePrecision(scores.values(), labels),
        (t1 - t0) / 1e9, (t2 - t1) / 1e9);
  }

  static BenchmarkRow runHeldOut(Dataset data, String detectorId, Map<String, String> parameters, long seed,
      Holdout holdout, CancellationToken cancel) {
    double roc = 0;
    double ap = 0;
    double fitSeconds = 0;
    double scoreSeconds = 0;
    for (int r = 0; r < holdout.repeats(); r++) {
      cancel.throwIfCancelled();
      int[][] split = holdout.split(data.rows(), seed, r);
      long t0 = System.nanoTime();
      Preparation preparation = Preparation.fit(data, split[0], PreparationConfig.defaults().withValidationFraction(0));
      PreparedData prepared = preparation.transform(data);
      TrainedDetector trained = DetectorRegistry.train(detectorId, parameters, prepared.select(split[0]).withoutLabels(),
          new TrainingContext(seed + r, TrainingListener.NONE, cancel, null));
      long t1 = System.nanoTime();
      PreparedData judged = prepared.select(split[1]);
      Scores scores = trained.score(judged.withoutLabels());
      long t2 = System.nanoTime();
      roc += Metrics.rocAuc(scores.values(), judged.labels()) / holdout.repeats();
      ap += Metrics.averagePrecision(scores.values(), judged.labels()) / holdout.repeats();
      fitSeconds += (t1 - t0) / 1e9;
      scoreSeconds += (t2 - t1) / 1e9;
    }
    return new BenchmarkRow(data.name(), detectorId, data.rows(), data.schema().features().size(), roc, ap,
        fitSeconds, scoreSeconds);
  }

  /** Last column = label, every other column a feature, whatever the importer guessed. */
  public static Dataset labelLastColumn(Dataset data) {
    List<ColumnInfo> cols = data.schema().columns();
    List<ColumnInfo> out = new ArrayList<>();
    for (int i = 0; i < cols.size(); i++) {
      out.add(cols.get(i).withRole(i == cols.size() - 1 ? ColumnRole.LABEL : ColumnRole.FEATURE));
    }
    return data.withSchema(new Schema(out));
  }
}
