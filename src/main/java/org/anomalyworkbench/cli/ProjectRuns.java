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

  /**
   * The project file's project when it exists and reads this data (null when there is no file
   * yet), checked before training so that a long training is not thrown away at the end.
   *
   * @throws IllegalArgumentException when the project reads other data
   */
  static Project existing(Path file, Path dataFile) throws IOException {
    if (!Files.exists(file)) {
      return null;
    }
    Project project = ProjectStore.load(file);
    DataCheck same = DataCheck.compare(project.data(), dataFile);
    if (same.status() != DataCheck.Status.UNCHANGED) {
      throw new IllegalArgumentException(file.getFileName() + " reads " + project.data().path() + ", not "
          + dataFile + " (" + same.difference() + "). Train on the project's data, or name a new project.");
    }
    return project;
  }

  /**
   * Adds the training as a run of {@code existing} (from {@link #existing}), or of a new project
   * made from the data and roles when it is null, and saves the project file.
   */
  static void keep(PrintWriter out, Path file, Project existing, boolean embed, DataOptions data, Dataset dataset,
      TrainingRequest request, TrainedModel model, ScoredData scored) throws IOException {
    Project project = existing != null ? existing
        : new Project(ProjectData.describe(dataset, data.file, file, embed, data.delimiterOption(),
            data.decimalOption(), data.nonNumericOption()), dataset.schema(), request.preparation(),
            request.detectorId(), request.parameters(), null, null);
    var run = Runs.of(project.nextRunId(), model, scored);
    project = project.withDetector(request.detectorId(), request.parameters()).withRun(run);
    ProjectStore.save(project, file, data.file);
    out.printf(Locale.ROOT, "Kept as run %s in %s (%d run%s)%n", run.record().name(), file, project.runs().size(),
        project.runs().size() == 1 ? "" : "s");
  }
}
