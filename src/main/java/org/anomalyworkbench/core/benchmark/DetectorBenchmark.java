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
        BenchmarkRow row = runOne(data, id, parameters, seed, cancel);
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
