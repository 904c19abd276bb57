package org.anomalyworkbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.anomalyworkbench.core.data.Dataset;
import org.anomalyworkbench.core.model.ScoredData;
import org.anomalyworkbench.core.model.TrainedModel;
import org.anomalyworkbench.core.pipeline.TrainingRequest;
import org.anomalyworkbench.core.project.DataCheck;
import org.anomalyworkbench.core.project.Project;
import org.anomalyworkbench.core.project.ProjectData;
import org.anomalyworkbench.core.project.ProjectStore;
import org.anomalyworkbench.core.project.Runs;

/** {@code train --project}: keeps a finished training as a run of a project file, creating the project if needed. */
final class ProjectRuns {
  private ProjectRuns() {
  }

  static void keep(PrintWriter out, Path file, boolean embed, DataOptions data, Dataset dataset,
      TrainingRequest request, TrainedModel model, ScoredData scored) throws IOException {
    Project project;
    if (Files.exists(file)) {
      project = ProjectStore.load(file);
      DataCheck same = DataCheck.compare(project.data(), data.file);
      if (same.status() != DataCheck.Status.UNCHANGED) {
        throw new IllegalArgumentException(file.getFileName() + " reads " + project.data().path() + ", not "
            + data.file + " (" + same.difference() + "). Train on the project's data, or name a new project.");
      }
    } else {
      project = new Project(ProjectData.describe(dataset, data.file, file, embed, data.delimiterOption(),
          data.decimalOption(), data.nonNumericOption()), dataset.schema(), request.preparation(),
          request.detectorId(), request.parameters(), null, null);
    }
    var run = Runs.of(project.nextRunId(), model, scored);
    project = project.withDetector(request.detectorId(), request.parameters()).withRun(run);
    ProjectStore.save(project, file, data.file);
    out.printf(Locale.ROOT, "Kept as run %s in %s (%d run%s)%n", run.record().name(), file, project.runs().size(),
        project.runs().size() == 1 ? "" : "s");
  }
}
