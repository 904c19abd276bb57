package org.anomalyworkbench.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.anomalyworkbench.core.data.Dataset;
import org.anomalyworkbench.core.data.ImageOptions;
import org.anomalyworkbench.core.model.ModelScorer;
import org.anomalyworkbench.core.model.ModelStore;
import org.anomalyworkbench.core.model.ScoredData;
import org.anomalyworkbench.core.model.TrainedModel;
import org.anomalyworkbench.core.report.document.ReportFormat;
import org.anomalyworkbench.core.report.document.ReportInput;
import org.anomalyworkbench.core.report.document.ReportRun;
import org.anomalyworkbench.core.report.document.ReportWriter;
import org.anomalyworkbench.core.scoring.DecisionRule;
import org.anomalyworkbench.core.training.CancellationToken;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code report}: score data with one or more saved models and write an HTML and/or PDF report;
 * with several models the report compares them.
 */
@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Score data with saved models and write a report (HTML and/or PDF): the dataset, preparation, "
        + "detector and configuration, score histogram with the threshold, metrics and ROC/PR curves when labels "
        + "exist, the top records with their explanations, and a comparison when several models are given.")
final class ReportCommand implements Callable<Integer> {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--model", paramLabel = "FILE",
      description = "Model saved by 'train' (.awm); repeat to compare several models on the same data.")
  List<Path> models;

  @Option(names = "--project", paramLabel = "FILE",
      description = "Report on a project's runs (.awp) over its data, instead of --model and --data: the selected run, "
          + "or those of --runs compared.")
  Path project;

  @Option(names = "--runs", split = ",", paramLabel = "ID", description = "With --project: these runs (default: the "
      + "runs selected for comparison in the project, else the selected run, else the last).")
  List<String> runIds;

  @Option(names = "--accept-changed-data", description = "With --project: go on when the data differs from when the "
      + "project was saved.")
  boolean acceptChanged;

  @Mixin
  DataOptions data;

  @Option(names = "--out", required = true, paramLabel = "FILE",
      description = "Report to write, e.g. report.html or report.pdf; with --format html,pdf both are written "
          + "beside each other (report.html and report.pdf).")
  Path out;

  @Option(names = "--format", paramLabel = "LIST",
      description = "html, pdf or html,pdf (default: from the --out file's extension).")
  String format;

  @Option(names = "--title", paramLabel = "TEXT", description = "The report's title (default: from the data's name).")
  String title;

  @Option(names = "--top", defaultValue = "20", paramLabel = "N",
      description = "Most anomalous records (or events) listed per model. Default: ${DEFAULT-VALUE}.")
  int top;

  @Option(names = "--threshold", paramLabel = "POLICY", description = "Flag with this policy instead of the "
      + "threshold saved with each model, e.g. fixed:0.8; contamination:F and best-f1 are resolved on the scored rows.")
  String threshold;

  @Override
  public Integer call() throws Exception {
    Set<ReportFormat> formats = formats();
    if ((project == null) == (models == null || models.isEmpty())) {
      throw new IllegalArgumentException("Give --model FILE (repeatable) with --data, or --project FILE.");
    }
    if (project == null && data.file == null) {
      throw new IllegalArgumentException("Give the data the models score: --data FILE.");
    }
    OutputPaths paths = OutputPaths.of(spec).input("--data", data.file).input("--project", project);
    for (Path m : models == null ? List.<Path>of() : models) {
      paths.input("--model", m);
    }
    for (ReportFormat f : formats) {
      paths.output("--out", f.fileFor(out));
    }
    paths.check();
    if (top < 0 || top > 1000) {
      throw new IllegalArgumentException("--top must be between 0 and 1000, was " + top + ".");
    }
    var printer = spec.commandLine().getOut();
    List<ReportRun> runs = project != null ? ProjectReportRuns.of(project, runIds, data.file, acceptChanged,
        threshold, printer) : modelRuns(printer);
    String name = title != null ? title : "Anomaly report: " + runs.get(0).scored().dataset().name();
    List<Path> written = ReportWriter.write(new ReportInput(name, runs, top, java.time.Instant.now()), out, formats);
    for (Path p : written) {
      printer.println("Wrote " + p);
    }
    return 0;
  }

  private List<ReportRun> modelRuns(java.io.PrintWriter printer) throws java.io.IOException {
    Map<Optional<ImageOptions>, Dataset> read = new HashMap<>();
    List<ReportRun> runs = new ArrayList<>();
    for (Path file : models) {
      TrainedModel m = ModelStore.load(file);
      Optional<ImageOptions> images = m.preparation().imageOptions();
      Dataset dataset = read.get(images);
      if (dataset == null) {
        dataset = data.read(images.orElse(null));
        read.put(images, dataset);
      }
      ScoredData scored = ModelScorer.score(m, dataset, CancellationToken.none());
      AppliedThreshold applied = AppliedThreshold.of(m, scored, threshold);
      double t = applied.choice().value();
      boolean[] flags = scored.flags(new DecisionRule(t, m.kOfN()));
      runs.add(ReportRun.of(m.detectorId() + " (" + file.getFileName() + ")", m, scored, t, applied.origin(), flags,
          null));
      printer.printf(Locale.ROOT, "Scored %,d rows with %s (%s): %,d flagged%n", scored.rows(), m.detectorId(),
          file.getFileName(), DecisionRule.count(flags));
    }
    return runs;
  }

  private Set<ReportFormat> formats() {
    if (format != null) {
      return ReportFormat.parseList(format);
    }
    return ReportFormat.ofFile(out).map(EnumSet::of).orElseThrow(() -> new IllegalArgumentException(
        "Cannot tell the report's format from " + out.getFileName() + ": end --out with .html or .pdf, or give "
            + "--format html,pdf."));
  }
}
