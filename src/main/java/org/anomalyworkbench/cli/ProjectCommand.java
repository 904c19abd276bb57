package org.anomalyworkbench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.anomalyworkbench.core.data.Dataset;
import org.anomalyworkbench.core.detector.registry.DetectorRegistry;
import org.anomalyworkbench.core.model.ModelScorer;
import org.anomalyworkbench.core.pipeline.TrainingPipeline;
import org.anomalyworkbench.core.pipeline.TrainingRequest;
import org.anomalyworkbench.core.project.DataCheck;
import org.anomalyworkbench.core.project.Project;
import org.anomalyworkbench.core.project.ProjectData;
import org.anomalyworkbench.core.project.ProjectStore;
import org.anomalyworkbench.core.project.Run;
import org.anomalyworkbench.core.project.Runs;
import org.anomalyworkbench.core.scoring.ThresholdPolicy;
import org.anomalyworkbench.core.training.CancellationToken;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code project}: show a project file, train its detector as a new run, or compare its runs. */
@Command(name = "project", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Show a project (.awp): its data (and whether it is still there, unchanged), detector and runs.",
        "--train trains the project's detector on its data and keeps the run in the project; --compare scores the "
            + "data with each run's model and compares them."})
final class ProjectCommand implements Callable<Integer> {
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
      .withZone(ZoneId.systemDefault());

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "Project file (.awp).")
  Path file;

  @Option(names = "--train", description = "Train the project's detector (or --detector) on its data, keep the run "
      + "and save the project.")
  boolean train;

  @Option(names = "--detector", paramLabel = "ID", description = "With --train: this detector instead of the project's.")
  String detector;

  @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE",
      description = "With --train: a detector parameter over the project's, repeatable.")
  Map<String, String> parameters = new LinkedHashMap<>();

  @Option(names = "--threshold", paramLabel = "POLICY",
      description = "With --train: the threshold policy (default: the last run's, or contamination:0.05).")
  String threshold;

  @Option(names = "--seed", defaultValue = "42", description = "With --train: random seed. Default: ${DEFAULT-VALUE}.")
  long seed;

  @Option(names = "--compare", description = "Score the data with every run's model (or those of --runs) and "
      + "compare them: metrics, agreement of flagged rows, correlation of scores.")
  boolean compare;

  @Option(names = "--runs", split = ",", paramLabel = "ID", description = "With --compare: only these runs.")
  List<String> runIds;

  @Option(names = "--out", paramLabel = "FILE", description = "With --compare: write the comparison to this CSV.")
  Path out;

  @Option(names = "--data", paramLabel = "PATH", description = "Where the project's data is now, when it moved.")
  Path dataPath;

  @Option(names = "--accept-changed-data", description = "Go on when the data differs from when the project was "
      + "saved (the runs were trained on the old content).")
  boolean acceptChanged;

  @Option(names = {"-q", "--quiet"}, description = "With --train: print only the summary.")
  boolean quiet;

  @Override
  public Integer call() throws Exception {
    OutputPaths.of(spec).input("FILE", file).output("--out", out).check();
    PrintWriter o = spec.commandLine().getOut();
    Project project = ProjectStore.load(file);
    o.printf(Locale.ROOT, "Project %s%n", file.getFileName());
    o.printf(Locale.ROOT, "  data      %s (%s, %,d bytes%s)%n", project.data().path(),
        project.data().kind() == org.anomalyworkbench.core.project.DataSource.Kind.CSV ? "CSV" : "images",
        project.data().sizeBytes(), project.data().embedded() ? ", a copy embedded" : "");
    DataCheck check = ProjectDataLocator.check(project, file, dataPath);
    o.printf(Locale.ROOT, "  status    %s%n", switch (check.status()) {
      case UNCHANGED -> "found, unchanged: " + check.found();
      case CHANGED -> "CHANGED: " + check.difference();
      case MISSING -> "MISSING: " + check.difference() + (project.data().embedded()
          ? " The project holds a copy, which --train and --compare use." : " Give its new place with --data PATH.");
    });
    o.printf(Locale.ROOT, "  detector  %s %s%n", project.detectorId(), project.detectorParams().isEmpty() ? ""
        : project.detectorParams());
    printRuns(o, project);
    if (!train && !compare) {
      return 0;
    }
    Path data = ProjectDataLocator.usable(project, file, check, acceptChanged);
    Dataset dataset = ProjectData.read(project, data, CancellationToken.none());
    if (train) {
      project = train(o, project, dataset);
      ProjectStore.save(project, file, data);
      o.printf(Locale.ROOT, "Saved %s with %d run%s%n", file, project.runs().size(), project.runs().size() == 1 ? "" : "s");
    }
    if (compare) {
      compare(o, project, dataset);
    }
    return 0;
  }

  private Project train(PrintWriter o, Project project, Dataset dataset) {
    String id = detector != null ? detector : project.detectorId();
    Map<String, String> params = new LinkedHashMap<>(detector != null ? Map.of() : project.detectorParams());
    params.putAll(parameters);
    DetectorRegistry.resolveConfig(id, params);
    String policy = threshold != null ? threshold : project.runs().isEmpty() ? "contamination:0.05"
        : project.runs().get(project.runs().size() - 1).record().threshold();
    TrainingRequest request = new TrainingRequest(id, params, project.preparation(), seed, ThresholdPolicy.parse(policy));
    o.printf(Locale.ROOT, "Training %s on %,d rows%n", id, dataset.rows());
    var result = TrainingPipeline.train(dataset, request, new ProgressPrinter(o, quiet), CancellationToken.none());
    Run run = Runs.of(project.nextRunId(), result.model(), result.scored());
    o.printf(Locale.ROOT, "Run %s: %,d of %,d rows flagged%s, trained in %.1f s%n", run.record().name(),
        run.record().flagged(), run.record().rows(), run.record().rocAuc() == null ? ""
            : String.format(Locale.ROOT, ", ROC-AUC %.3f, PR-AUC %.3f", run.record().rocAuc(),
                run.record().averagePrecision()), run.record().durationMillis() / 1000.0);
    return project.withDetector(id, params).withRun(run);
  }

  private void compare(PrintWriter o, Project project, Dataset dataset) throws java.io.IOException {
    List<Run> chosen = new ArrayList<>();
    if (runIds == null) {
      chosen.addAll(project.runs());
    } else {
      for (String id : runIds) {
        chosen.add(project.run(id).orElseThrow(() -> new IllegalArgumentException("The project has no run '" + id
            + "'. Its runs: " + String.join(", ", project.runs().stream().map(Run::id).toList()) + ".")));
      }
    }
    if (chosen.size() < 2) {
      throw new IllegalArgumentException("A comparison needs two runs or more; the project has " + chosen.size()
          + ". Train another with --train.");
    }
    List<RunTable.Entry> entries = new ArrayList<>();
    for (Run r : chosen) {
      entries.add(new RunTable.Entry(r.record().name(), r.model(), ModelScorer.score(r.model(), dataset,
          CancellationToken.none())));
    }
    o.println();
    var comparison = RunTable.print(o, entries);
    if (out != null) {
      RunTable.writeCsv(out, entries, comparison);
      o.println("Wrote the comparison to " + out);
    }
  }

  private static void printRuns(PrintWriter o, Project project) {
    if (project.runs().isEmpty()) {
      o.println("  no runs yet (train one with --train)");
      return;
    }
    o.printf(Locale.ROOT, "%n  %-8s %-24s %-16s %9s %17s %8s %8s%n", "id", "name", "trained", "took", "flagged",
        "ROC-AUC", "PR-AUC");
    for (Run r : project.runs()) {
      var rec = r.record();
      o.printf(Locale.ROOT, "  %-8s %-24s %-16s %8.1fs %,8d/%,-8d %8s %8s%n", rec.id(), rec.name(),
          rec.started() == null ? "-" : WHEN.format(rec.started()), rec.durationMillis() / 1000.0, rec.flagged(),
          rec.rows(), rec.rocAuc() == null ? "-" : String.format(Locale.ROOT, "%.3f", rec.rocAuc()),
          rec.averagePrecision() == null ? "-" : String.format(Locale.ROOT, "%.3f", rec.averagePrecision()));
    }
  }
}
