package org.anomalyworkbench.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.anomalyworkbench.core.project.DataCheck;
import org.anomalyworkbench.core.project.Project;
import org.anomalyworkbench.core.project.ProjectStore;
import org.anomalyworkbench.core.project.SessionFolders;

/**
 * Where a command finds a project's data: the path the analyst gave ({@code --data}), else the
 * saved place (beside the project first); changed data only when allowed; a missing file's
 * embedded copy when the project has one; otherwise an error that says what to type.
 */
final class ProjectDataLocator {
  private ProjectDataLocator() {
  }

  /** What was found for the project's data, before deciding whether it can be used. */
  static DataCheck check(Project project, Path projectFile, Path given) throws IOException {
    return given != null ? DataCheck.compare(project.data(), given) : DataCheck.of(project.data(), projectFile);
  }

  /** The data to read, or an {@link IllegalArgumentException} saying what to do. */
  static Path usable(Project project, Path projectFile, DataCheck check, boolean acceptChanged) throws IOException {
    switch (check.status()) {
      case UNCHANGED:
        return check.found();
      case CHANGED:
        if (acceptChanged) {
          return check.found();
        }
        throw new IllegalArgumentException(check.difference() + " Add --accept-changed-data to go on with it.");
      default:
        if (project.data().embedded()) {
          return ProjectStore.extractData(projectFile, SessionFolders.create("awb-project-data"));
        }
        throw new IllegalArgumentException(check.difference() + " On the command line: --data PATH.");
    }
  }
}
