package org.anomalyworkbench.ui;

import java.nio.file.Path;

/**
 * The questions opening, saving and closing a project asks the analyst. The app shows dialogs
 * ({@link FxProjectPrompts}); headless tests answer with fixed choices, since a modal dialog
 * cannot be driven there without blocking the test.
 */
public interface ProjectPrompts {
  /** What to do with unsaved work before it would be lost. */
  enum Unsaved {
    /** Save the project, then go on. */
    SAVE,
    /** Go on without saving. */
    DISCARD,
    /** Stay: nothing happens. */
    CANCEL
  }

  /** What to do when a project's data changed since it was saved. */
  enum Changed {
    /** Read the data as it is now and score it with the saved runs. */
    OPEN_ANYWAY,
    /** Pick another file (the original, say). */
    LOCATE,
    /** Do not open the project. */
    CANCEL
  }

  /** Asks whether to save {@code projectName}'s changes before {@code action} (e.g. "opening another project"). */
  Unsaved askUnsaved(String projectName, String action);

  /**
   * Asks for the data of a project whose data is not where it was.
   *
   * @param message what is missing, for the dialog's text
   * @param folder whether the data is a folder of images (else a CSV file)
   * @return the file or folder picked, or null when the analyst cancels
   */
  Path locateData(String message, boolean folder);

  /** Tells what changed in the data and asks what to do. */
  Changed askChanged(String difference);

  /** Shows a problem (e.g. a damaged project file) in a sentence, without a stack trace. */
  void showError(String title, String message);
}
