package org.anomalyworkbench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.anomalyworkbench.core.data.Dataset;
import org.anomalyworkbench.core.explain.RowExplainer;
import org.anomalyworkbench.core.explain.ShapleyValues;
import org.anomalyworkbench.core.model.ModelScorer;
import org.anomalyworkbench.core.model.ModelStore;
import org.anomalyworkbench.core.model.ScoredData;
import org.anomalyworkbench.core.model.TrainedModel;
import org.anomalyworkbench.core.training.CancellationToken;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code explain}: Shapley values of one row's score under a saved model, beside the detector's
 * own contributions, largest first.
 */
@Command(name = "explain", mixinStandardHelpOptions = true,
    description = "Explain one row's score with Shapley values (any detector), against a background of rows the "
        + "model judged normal.")
public final class ExplainCommand implements Callable<Integer> {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--model", required = true, paramLabel = "FILE", description = "Model saved by 'train' (.awm).")
  Path model;

  @Option(names = "--data", required = true, paramLabel = "FILE",
      description = "The CSV (or, for a model of images, the folder) holding the row.")
  Path data;

  @Option(names = "--row", required = true, paramLabel = "N",
      description = "The row to explain, 1-based, as the 'row' column of exported files numbers it.")
  int row;

  @Option(names = "--background", paramLabel = "N",
      description = "Rows standing for 'normal' (a seeded sample of rows below the model's threshold). "
          + "Default: 50 for a table, 10 for images (a convolutional network scores far fewer per second).")
  Integer background;

  @Option(names = "--samples", paramLabel = "N",
      description = "Coalitions sampled when there are more than 10 feature groups (exact below). "
          + "Default: 2048 for a table, 256 for images.")
  Integer samples;

  @Option(names = "--seed", defaultValue = "42", description = "Random seed. Default: ${DEFAULT-VALUE}.")
  long seed;

  @Override
  public Integer call() throws Exception {
    if ((background != null && background < 1) || (samples != null && samples < 2)) {
      throw new IllegalArgumentException("--background must be at least 1 and --samples at least 2.");
    }
    PrintWriter out = spec.commandLine().getOut();
    TrainedModel m = ModelStore.load(model);
    RowExplainer.unsupported(m).ifPresent(why -> {
      throw new IllegalArgumentException(why); // before reading and scoring the whole file
    });
    RowExplainer.Budget defaults = RowExplainer.Budget.interactive(m);
    RowExplainer.Budget budget = new RowExplainer.Budget(background == null ? defaults.background() : background,
        samples == null ? defaults.samples() : samples);
    Dataset dataset = ModelInput.read(m, data, spec.commandLine().getErr());
    // Scores every row (the background is drawn from those below the threshold); the explainer
    // then prepares only the row and its background again.
    ScoredData scored = ModelScorer.score(m, dataset, CancellationToken.none());
    long started = System.nanoTime();
    RowExplainer.RowExplanation e = RowExplainer.explain(m, scored, row - 1, budget, m.thresholdValue(), seed,
        p -> { }, CancellationToken.none());
    ShapleyValues s = e.shapley();
    out.printf(Locale.ROOT, "Row %d of %s: score %.6g; background mean %.6g (%d rows); %s Shapley values over %d "
        + "group%s (%,d coalitions, %.1f s)%n", row, data.getFileName(), s.score(), s.base(),
        e.backgroundRows(), s.exact() ? "exact" : "sampled", s.values().length,
        s.values().length == 1 ? "" : "s", s.coalitions(), (System.nanoTime() - started) / 1e9);
    int width = Math.max(7, s.groupNames().stream().mapToInt(String::length).max().orElse(7));
    out.printf(Locale.ROOT, "%-" + width + "s %12s %12s%n", "feature", "shapley", "detector");
    double ownTotal = Arrays.stream(e.ownContributions()).sum();
    Integer[] order = IntStream.range(0, s.values().length).boxed().toArray(Integer[]::new);
    Arrays.sort(order, Comparator.comparingDouble(i -> -Math.abs(s.values()[i])));
    for (int i : order) {
      out.printf(Locale.ROOT, "%-" + width + "s %12.5g %11.1f%%%n", s.groupNames().get(i), s.values()[i],
          ownTotal > 0 ? 100 * e.ownContributions()[i] / ownTotal : 0);
    }
    out.println("Shapley values add up to the score minus the background mean; 'detector' is the share the "
        + "detector's own explanation gives each feature.");
    return 0;
  }
}
