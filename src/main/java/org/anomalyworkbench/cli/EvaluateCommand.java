package org.anomalyworkbench.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.anomalyworkbench.core.data.Dataset;
import org.anomalyworkbench.core.model.ModelScorer;
import org.anomalyworkbench.core.model.ModelStore;
import org.anomalyworkbench.core.model.ScoredData;
import org.anomalyworkbench.core.model.TrainedModel;
import org.anomalyworkbench.core.training.CancellationToken;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code evaluate}: score labelled data with a saved model and print the metrics. */
@Command(name = "evaluate", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Score labelled data with a saved model and print ROC-AUC, PR-AUC, P/R/F1, precision@k and the confusion matrix.",
        "With several --model options: compare them on the data (metrics per model, agreement of their flagged rows, "
            + "correlation of their scores); --out writes that table as CSV."})
final class EvaluateCommand implements Callable<Integer> {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--model", required = true, paramLabel = "FILE",
      description = "Model saved by 'train' (.awm); repeat to compare several models on the same data.")
  List<Path> models;

  @Option(names = "--out", paramLabel = "FILE", description = "With several models: write the comparison table to this CSV.")
  Path out;

  @Mixin
  DataOptions data;

  @Option(names = "--threshold", paramLabel = "POLICY", description = "Flag with this policy instead of the threshold saved with the model, e.g. fixed:0.8; "
          + "contamination:F and best-f1 are then resolved on the scored rows.")
  String threshold;

  @Option(names = "--k-of-n", paramLabel = "K/N", description = "For a series: flag a point only when K of the last N "
      + "points pass the threshold, instead of the smoothing saved with the model; 1/1 flags every passing point.")
  String kOfN;

  @Override
  public Integer call() throws Exception {
    data.requireFile();
    if (models.size() > 1) {
      return compare();
    }
    if (out != null) {
      throw new IllegalArgumentException("--out writes a comparison: give two or more --model files, or drop --out.");
    }
    TrainedModel m = ModelStore.load(models.get(0));
    AppliedKOfN smoothing = AppliedKOfN.of(m, kOfN);
    smoothing.requireSeries(m.schema(), "the model reads single rows, not a series (it was trained without a time "
        + "column)", "train it on a series with --time COLUMN, or ");
    Dataset dataset = data.read(m.preparation().imageOptions().orElse(null));
    ScoredData scored = ModelScorer.score(m, dataset, CancellationToken.none());
    if (!scored.hasLabels()) {
      throw new IllegalArgumentException(data.file.getFileName()
          + (dataset.isImages() ? " has no labels: name the normal classes with --normal-class CLASS[,CLASS]."
              : " has no label column: name it with --label COLUMN (values 0/1, 1 = anomaly)."));
    }
    AppliedThreshold applied = AppliedThreshold.of(m, scored, threshold);
    Summary.print(spec.commandLine().getOut(), scored, applied.choice(), applied.origin(), smoothing);
    return 0;
  }

  private int compare() throws Exception {
    OutputPaths paths = OutputPaths.of(spec).input("--data", data.file).output("--out", out);
    for (Path m : models) {
      paths.input("--model", m);
    }
    paths.check();
    if (threshold != null || kOfN != null) {
      throw new IllegalArgumentException("--threshold and --k-of-n apply to one model; a comparison flags each model "
          + "with its own saved threshold.");
    }
    Map<Object, Dataset> read = new HashMap<>();
    List<RunTable.Entry> entries = new ArrayList<>();
    for (Path file : models) {
      TrainedModel m = ModelStore.load(file);
      var images = m.preparation().imageOptions().orElse(null);
      Dataset dataset = read.computeIfAbsent(images == null ? "csv" : images, k -> readData(images));
      entries.add(new RunTable.Entry(file.getFileName().toString(), m,
          ModelScorer.score(m, dataset, CancellationToken.none())));
    }
    var comparison = RunTable.print(spec.commandLine().getOut(), entries);
    if (out != null) {
      RunTable.writeCsv(out, entries, comparison);
      spec.commandLine().getOut().println("Wrote the comparison to " + out);
    }
    return 0;
  }

  private Dataset readData(org.anomalyworkbench.core.data.ImageOptions images) {
    try {
      return data.read(images);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
