package org.anomalyworkbench.ui;

import java.nio.file.Path;
import java.util.Locale;

/**
 * What a file given to the launcher is, by its extension: the desktop passes a double-clicked
 * file as the only argument (the package associates both Anomaly Workbench file types with the
 * app), and a model or a project must not be read as a CSV.
 */
enum StartupFile {
  /** A saved model ({@code .awm}): it scores data, so the window asks for the data to score. */
  MODEL,
  /** A saved project ({@code .awp}). */
  PROJECT,
  /** Anything else: a CSV file or a folder of images, opened as data. */
  DATA;

  /** The project files' extension (the package registers it as application/x-anomaly-workbench-project). */
  static final String PROJECT_EXTENSION = ".awp";

  static StartupFile of(Path file) {
    Path name = file.getFileName();
    String lower = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    if (lower.endsWith(ModelFiles.EXTENSION)) {
      return MODEL;
    }
    return lower.endsWith(PROJECT_EXTENSION) ? PROJECT : DATA;
  }
}
