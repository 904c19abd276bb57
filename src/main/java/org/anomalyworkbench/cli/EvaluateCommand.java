package org.anomalyworkbench.cli;

import java.nio.file.Path;
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
    description = "Score labelled data with a saved model and print ROC-AUC, PR-AUC, P/R/F1, precision@k and the confusion matrix.")
final class EvaluateCommand implements Callable<Integer> {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--model", required = true, paramLabel = "FILE", description = "Model saved by 'train' (.awm).")
  Path model;

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
    TrainedModel m = ModelStore.load(model);
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
}
