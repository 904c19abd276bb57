package org.anomalyworkbench.ui;

import java.nio.file.Path;

/**
 * Asks the user for files. The app shows native file choosers; headless tests answer with
 * fixed paths, since a native dialog cannot be driven there.
 */
public interface FileDialogs {
  /** A CSV file to open, or null when the user cancels. */
  Path chooseCsvToOpen(Path initialDirectory);

  /** Where to save a CSV, or null when the user cancels. */
  Path chooseCsvToSave(Path initialDirectory, String suggestedName);

  /** Where to save a model file ({@code .awm}), or null when the user cancels. */
  Path chooseModelToSave(Path initialDirectory, String suggestedName);

  /** A model file to score the data with, or null when the user cancels. */
  Path chooseModelToOpen(Path initialDirectory);

  /**
   * A folder of images to open (its sub-folders are the classes), or null when the user
   * cancels. Default: cancelled, for fakes that never open folders.
   */
  default Path chooseImageFolderToOpen(Path initialDirectory) {
    return null;
  }

  /** A folder to copy the flagged images into, or null when the user cancels. */
  default Path chooseFolderForCopies(Path initialDirectory) {
    return null;
  }

  /**
   * Where to save a report and in which formats, or null when the user cancels. Default:
   * cancelled, for fakes that never write reports.
   */
  default ReportTarget chooseReportToSave(Path initialDirectory, String suggestedName) {
    return null;
  }

  /** A project file ({@code .awp}) to open, or null when the user cancels. */
  default Path chooseProjectToOpen(Path initialDirectory) {
    return null;
  }

  /** Where to save a project file ({@code .awp}), or null when the user cancels. */
  default Path chooseProjectToSave(Path initialDirectory, String suggestedName) {
    return null;
  }
}
