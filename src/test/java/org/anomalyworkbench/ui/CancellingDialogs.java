package org.anomalyworkbench.ui;

import java.nio.file.Path;

/**
 * File dialogs of a UI test where the analyst cancels every dialog: a test overrides only the
 * ones its flow answers. Saves each flow test writing out the four required answers.
 */
class CancellingDialogs implements FileDialogs {
  @Override
  public Path chooseCsvToOpen(Path initialDirectory) {
    return null;
  }

  @Override
  public Path chooseCsvToSave(Path initialDirectory, String suggestedName) {
    return null;
  }

  @Override
  public Path chooseModelToSave(Path initialDirectory, String suggestedName) {
    return null;
  }

  @Override
  public Path chooseModelToOpen(Path initialDirectory) {
    return null;
  }
}
