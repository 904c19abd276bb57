package org.anomalyworkbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.anomalyworkbench.core.data.Dataset;
import org.anomalyworkbench.core.model.ModelScorer;
import org.anomalyworkbench.core.model.ScoredData;
import org.anomalyworkbench.core.project.Project;
import org.anomalyworkbench.core.project.ProjectData;
import org.anomalyworkbench.core.project.ProjectStore;
import org.anomalyworkbench.core.project.Run;
import org.anomalyworkbench.core.report.document.ReportRun;
import org.anomalyworkbench.core.scoring.DecisionRule;
import org.anomalyworkbench.core.training.CancellationToken;

/** {@code report --project}: the project's chosen runs, each scored on the project's data, as report runs. */
final class ProjectReportRuns {
  private ProjectReportRuns() {
  }

  static List<ReportRun> of(Path file, List<String> runIds, Path dataPath, boolean acceptChanged, String threshold,
      PrintWriter out) throws IOException {
    Project project = ProjectStore.load(file);
    List<Run> chosen = chosen(project, runIds);
    Path data = ProjectDataLocator.usable(project, file, ProjectDataLocator.check(project, file, dataPath),
        acceptChanged);
    Dataset dataset = ProjectData.read(project, data, CancellationToken.none());
    List<ReportRun> runs = new ArrayList<>();
    for (Run run : chosen) {
      ScoredData scored = ModelScorer.score(run.model(), dataset, CancellationToken.none());
      AppliedThreshold applied = AppliedThreshold.of(run.model(), scored, threshold);
      double t = applied.choice().value();
      boolean[] flags = scored.flags(new DecisionRule(t, run.model().kOfN()));
      runs.add(ReportRun.of(run.record().name(), run.model(), scored, t, applied.origin(), flags, null));
      out.printf(Locale.ROOT, "Scored %,d rows with run %s: %,d flagged%n", scored.rows(), run.record().name(),
          DecisionRule.count(flags));
    }
    return runs;
  }

  private static List<Run> chosen(Project project, List<String> runIds) {
    if (project.runs().isEmpty()) {
      throw new IllegalArgumentException("The project has no runs to report on yet: train one first ('project FILE "
          + "--train').");
    }
    List<String> ids = runIds != null ? runIds
        : !project.view().comparedRuns().isEmpty() ? project.view().comparedRuns()
        : project.view().selectedRun() != null ? List.of(project.view().selectedRun())
        : List.of(project.runs().get(project.runs().size() - 1).id());
    List<Run> chosen = new ArrayList<>();
    for (String id : ids) {
      chosen.add(project.run(id).orElseThrow(() -> new IllegalArgumentException("The project has no run '" + id
          + "'. Its runs: " + String.join(", ", project.runs().stream().map(Run::id).toList()) + ".")));
    }
    return chosen;
  }
}
