package org.anomalyworkbench.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.anomalyworkbench.core.data.Dataset;
import org.anomalyworkbench.core.explain.RowExplainer;
import org.anomalyworkbench.core.explain.ShapleyColumns;
import org.anomalyworkbench.core.model.ModelScorer;
import org.anomalyworkbench.core.model.ModelStore;
import org.anomalyworkbench.core.model.ScoredData;
import org.anomalyworkbench.core.model.TrainedModel;
import org.anomalyworkbench.core.report.FlaggedRecordsWriter;
import org.anomalyworkbench.core.scoring.ThresholdPolicy;
import org.anomalyworkbench.core.training.CancellationToken;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code score}: apply a saved model to new data and write the scored rows. */
@Command(name = "score", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Score new data with a saved model and write scores, ranks, flags and top features to CSV.")
final class ScoreCommand implements Callable<Integer> {
  /** The seed of the exported Shapley values' backgrounds and coalitions (as {@code explain}'s default). */
  static final long SHAPLEY_SEED = 42;

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--model", required = true, paramLabel = "FILE", description = "Model saved by 'train' (.awm).")
  Path model;

  @Option(names = "--data", required = true, paramLabel = "FILE",
      description = "CSV with (at least) the model's feature columns, matched by name; or, for a model of images, "
          + "a folder of images (read at the model's size and colour).")
  Path data;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "CSV to write.")
  Path out;

  @Option(names = "--threshold", paramLabel = "POLICY", description = "Flag with this policy instead of the threshold saved with the model, e.g. fixed:0.8; "
          + "contamination:F and best-f1 are then resolved on the scored rows.")
  String threshold;

  @Option(names = "--k-of-n", paramLabel = "K/N", description = "For a series: flag a point only when K of the last N "
      + "points pass the threshold, instead of the smoothing saved with the model; 1/1 flags every passing point.")
  String kOfN;

  @Option(names = "--all", description = "Write every row (most anomalous first), not only the flagged ones.")
  boolean all;

  @Option(names = "--copy-flagged", paramLabel = "DIR",
      description = "For a folder of images: also copy the flagged images into DIR, keeping their sub-folders.")
  Path copyFlagged;

  @Option(names = "--top-features", defaultValue = "3", description = "Contributing features listed per row. Default: ${DEFAULT-VALUE}.")
  int topFeatures;

  @Option(names = "--shapley", arity = "0..1", fallbackValue = "" + ShapleyColumns.DEFAULT_MAX_ROWS, paramLabel = "ROWS",
      description = "Also write Shapley values (columns shapley_base and shapley_<column>, or one per image patch; "
          + "base + values = score) for the flagged rows, most anomalous first, at most ROWS of them "
          + "(default ${FALLBACK-VALUE}); other rows get empty cells. Costs time: each row scores the model on "
          + "20 background rows x up to 512 coalitions (10 x 256 for images), about 0.8 s a row for knn on "
          + "cardio's 21 columns on 2 shared cores. Not for series models.")
  Integer shapleyRows;

  @Option(names = "--spark", paramLabel = "MASTER",
      description = "Score on Apache Spark instead, e.g. local[*] (no cluster needed): --data is then CSV or Parquet, "
          + "--out a folder of Parquet files with every row, its score, flag and top features (no rank). Needs the "
          + "Spark job on the class path (mvn -Pspark); without it, says how to run spark-submit.")
  String spark;

  @Override
  public Integer call() throws Exception {
    if (spark != null) {
      return onSpark();
    }
    OutputPaths.of(spec).input("--model", model).input("--data", data).output("--out", out).check();
    if (copyFlagged != null && !java.nio.file.Files.isDirectory(data)) {
      throw new IllegalArgumentException("--copy-flagged copies images: give a folder of images as --data.");
    }
    var printer = spec.commandLine().getOut();
    TrainedModel m = ModelStore.load(model);
    if (threshold != null) {
      ThresholdPolicy.parse(threshold); // a typo fails before minutes of scoring
    }
    if (shapleyRows != null) {
      RowExplainer.unsupported(m).ifPresent(why -> {
        throw new IllegalArgumentException("--shapley: " + why);
      });
      if (shapleyRows < 1) {
        throw new IllegalArgumentException("--shapley takes the number of flagged rows to explain, at least 1, not "
            + shapleyRows + ".");
      }
    }
    AppliedKOfN smoothing = AppliedKOfN.of(m, kOfN);
    smoothing.requireSeries(m.schema(), "the model reads single rows, not a series (it was trained without a time "
        + "column)", "train it on a series with --time COLUMN, or ");
    Dataset dataset = ModelInput.read(m, data, spec.commandLine().getErr());
    long started = System.nanoTime();
    ScoredData scored = ModelScorer.score(m, dataset, CancellationToken.none());
    double seconds = (System.nanoTime() - started) / 1e9;
    AppliedThreshold applied = AppliedThreshold.of(m, scored, threshold);
    printer.printf(Locale.ROOT, "Scored %,d " + (dataset.isImages() ? "images" : "rows") + " in %.2f s (%,.0f rows/s) with %s%n", scored.rows(), seconds,
        scored.rows() / Math.max(seconds, 1e-9), m.detectorId());
    boolean[] flags = Summary.print(printer, scored, applied.choice(), applied.origin(), smoothing);
    FlaggedRecordsWriter.ExtraColumns extra = FlaggedRecordsWriter.ExtraColumns.NONE;
    if (shapleyRows != null) {
      long explainStarted = System.nanoTime();
      ShapleyColumns shapley = ShapleyColumns.compute(m, scored, flags, shapleyRows, RowExplainer.Budget.export(m),
          applied.choice().value(), SHAPLEY_SEED, f -> { }, CancellationToken.none());
      printer.printf(Locale.ROOT, "Shapley values for %,d flagged rows in %.1f s%n", shapley.explainedRows(),
          (System.nanoTime() - explainStarted) / 1e9);
      extra = shapley;
    }
    int n = FlaggedRecordsWriter.write(scored, flags, all ? FlaggedRecordsWriter.Rows.ALL : FlaggedRecordsWriter.Rows.FLAGGED,
        topFeatures, out, m.readsSeries() || !smoothing.rule().isOff() ? FlaggedRecordsWriter.Order.INPUT : FlaggedRecordsWriter.Order.RANK,
        extra);
    printer.printf(Locale.ROOT, "Wrote %,d rows to %s%n", n, out);
    if (copyFlagged != null) {
      int copied = org.anomalyworkbench.core.report.FlaggedImageCopier.copy(scored, flags, copyFlagged);
      printer.printf(Locale.ROOT, "Copied %,d flagged images to %s%n", copied, copyFlagged);
    }
    return 0;
  }

  /** {@code --spark}: the same model and threshold, scored by the Spark job (see {@link SparkShortcut}). */
  private int onSpark() throws Exception {
    if (kOfN != null || copyFlagged != null) {
      throw new IllegalArgumentException("--k-of-n and --copy-flagged are not available with --spark: the Spark job "
          + "uses the smoothing saved with the model and scores tables, not folders of images.");
    }
    if (!SparkShortcut.available()) {
      spec.commandLine().getErr().println("Error: " + SparkShortcut.notAvailable(spark, model, data, out));
      return 1;
    }
    java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("--master", spark,
        "--model", model.toString(), "--data", data.toString(), "--out", out.toString(),
        "--top-features", Integer.toString(topFeatures)));
    if (threshold != null) {
      ThresholdPolicy.parse(threshold); // a typo fails before Spark starts
      args.addAll(java.util.List.of("--threshold", threshold));
    }
    return SparkShortcut.run(args, spec.commandLine().getOut(), spec.commandLine().getErr());
  }
}
