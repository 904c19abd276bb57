package org.anomalyworkbench.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.anomalyworkbench.core.data.Dataset;
import org.anomalyworkbench.core.data.prep.PreparationConfig;
import org.anomalyworkbench.core.data.prep.Scaling;
import org.anomalyworkbench.core.detector.registry.DetectorRegistry;
import org.anomalyworkbench.core.model.ModelStore;
import org.anomalyworkbench.core.pipeline.TrainingPipeline;
import org.anomalyworkbench.core.pipeline.TrainingRequest;
import org.anomalyworkbench.core.project.Project;
import org.anomalyworkbench.core.report.FlaggedRecordsWriter;
import org.anomalyworkbench.core.scoring.ThresholdChoice;
import org.anomalyworkbench.core.scoring.ThresholdPolicy;
import org.anomalyworkbench.core.training.CancellationToken;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code train}: fit a detector on a CSV and save the model (and optionally the flagged rows). */
@Command(name = "train", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Train a detector on a CSV file and save the model.")
final class TrainCommand implements Callable<Integer> {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Mixin
  DataOptions data;

  @Option(names = "--detector", defaultValue = "autoencoder", paramLabel = "ID",
      description = "Detector id (see 'detectors'). Default: ${DEFAULT-VALUE}.")
  String detector;

  @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE",
      description = "Detector parameter, repeatable, e.g. -p epochs=50 -p hiddenLayers=16,8.")
  Map<String, String> parameters = new LinkedHashMap<>();

  @Option(names = "--scaling", paramLabel = "KIND",
      description = "Feature scaling: ${COMPLETION-CANDIDATES}. Default: STANDARD for tables and series, MIN_MAX "
          + "(pixels 0..255 to 0..1) for images.")
  Scaling scaling;

  @Option(names = "--validation", defaultValue = "0.2", paramLabel = "FRACTION",
      description = "Share of rows held out for validation loss and early stopping (0 to use all). Default: ${DEFAULT-VALUE}.")
  double validation;

  @Option(names = "--window", defaultValue = "0", paramLabel = "POINTS",
      description = "For a series (a time column): detectors of table rows read windows of this many points and "
          + "each point scores as its worst window; 0 = single points. Default: ${DEFAULT-VALUE}.")
  int window;

  @Option(names = "--seed", defaultValue = "42", description = "Random seed. Default: ${DEFAULT-VALUE}.")
  long seed;

  @Option(names = "--threshold", defaultValue = "contamination:0.05", paramLabel = "POLICY",
      description = "fixed:V, sd:K (mean+K*sd of training scores), contamination:F, best-f1, normal-quantile:Q. "
          + "Resolved once on the training data; the number is saved with the model. Default: ${DEFAULT-VALUE}.")
  String threshold;

  @Option(names = "--k-of-n", paramLabel = "K/N",
      description = "For a series: flag a point only when K of the last N points (in time order) pass the threshold, "
          + "e.g. 3/5, so a lone spike raises no alarm. Saved with the model and applied by 'score'. Default: 1/1.")
  String kOfN;

  @Option(names = "--model", paramLabel = "FILE", description = "Where to save the model (.awm).")
  Path model;

  @Option(names = "--project", paramLabel = "FILE",
      description = "Keep this training as a run in this project (.awp), made from the data and roles when it does "
          + "not exist yet. Give --model, --project or both.")
  Path project;

  @Option(names = "--embed-data", description = "With --project: keep a copy of the data inside the project file.")
  boolean embedData;

  @Option(names = "--flagged", paramLabel = "FILE", description = "Also write the flagged rows of the training data to this CSV.")
  Path flagged;

  @Option(names = {"-q", "--quiet"}, description = "Print only the summary.")
  boolean quiet;

  @Override
  public Integer call() throws Exception {
    data.requireFile();
    if (model == null && project == null) {
      throw new IllegalArgumentException("Say where the trained model goes: --model FILE.awm, --project FILE.awp, "
          + "or both.");
    }
    OutputPaths.of(spec).input("--data", data.file).output("--model", model).output("--flagged", flagged)
        .output("--project", project).check();
    DetectorRegistry.resolveConfig(detector, parameters); // unknown ids and bad -p values fail before any work
    var out = spec.commandLine().getOut();
    AppliedKOfN smoothing = AppliedKOfN.fromOption(kOfN);
    // A project that reads other data fails now, not after a long training.
    Project existingProject = project != null ? ProjectRuns.existing(project, data.file) : null;
    Dataset dataset = data.read();
    smoothing.requireSeries(dataset.schema(), data.file.getFileName() + " is not a series (it has no time column)",
        "name its time column with --time COLUMN, or ");
    ThresholdPolicy policy = ThresholdPolicy.parse(threshold);
    TrainingRequest request = new TrainingRequest(detector, parameters,
        PreparationConfig.defaults().withScaling(scaling != null ? scaling
            : dataset.isImages() ? Scaling.MIN_MAX : Scaling.STANDARD).withValidationFraction(validation).withWindow(window), seed,
        policy);
    if (dataset.isImages()) {
      out.printf(Locale.ROOT, "Training %s on %s (%,d images of %s)%n", detector, data.file.getFileName(),
          dataset.rows(), dataset.images().options().describe());
    } else {
      int features = dataset.schema().features().size();
      out.printf(Locale.ROOT, "Training %s on %s (%,d rows, %d feature column%s)%n", detector, data.file.getFileName(),
          dataset.rows(), features, features == 1 ? "" : "s");
    }
    var result = TrainingPipeline.train(dataset, request, new ProgressPrinter(out, quiet), CancellationToken.none());
    // Smoothing is applied to decisions, not learnt: it joins the model like the threshold.
    var trained = result.model().withKOfN(smoothing.rule());
    if (model != null) {
      ModelStore.save(trained, model);
    }
    if (project != null) {
      ProjectRuns.keep(out, project, existingProject, embedData, data, dataset, request, trained, result.scored());
    }
    ThresholdChoice choice = trained.chooseThreshold(policy, result.scored());
    double t = trained.thresholdValue();
    boolean[] flags = Summary.print(out, result.scored(), new ThresholdChoice(t, choice.note()),
        policy.describe() + "; this number is saved with the model and applied by 'score'",
        new AppliedKOfN(smoothing.rule(), "from --k-of-n, saved with the model", true));
    out.printf(Locale.ROOT, "Trained in %.1f s%s%n", result.model().provenance().trainingMillis() / 1000.0,
        model != null ? "; model saved to " + model : "");
    if (flagged != null) {
      int n = FlaggedRecordsWriter.write(result.scored(), flags, FlaggedRecordsWriter.Rows.FLAGGED, 3, flagged,
          trained.readsSeries() || !smoothing.rule().isOff() ? FlaggedRecordsWriter.Order.INPUT : FlaggedRecordsWriter.Order.RANK);
      out.printf(Locale.ROOT, "Wrote %,d flagged rows to %s%n", n, flagged);
    }
    return 0;
  }
}
