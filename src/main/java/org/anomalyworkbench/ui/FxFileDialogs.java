package org.anomalyworkbench.ui;

import java.io.File;
import java.nio.file.Path;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Native file choosers owned by the main window. */
final class FxFileDialogs implements FileDialogs {
  private final Window owner;

  FxFileDialogs(Window owner) {
    this.owner = owner;
  }

  @Override
  public Path chooseCsvToOpen(Path initialDirectory) {
    FileChooser fc = chooser("Open data file", initialDirectory);
    File f = fc.showOpenDialog(owner);
    return f == null ? null : f.toPath();
  }

  @Override
  public Path chooseCsvToSave(Path initialDirectory, String suggestedName) {
    FileChooser fc = chooser("Export flagged records", initialDirectory);
    fc.setInitialFileName(suggestedName);
    File f = fc.showSaveDialog(owner);
    return f == null ? null : f.toPath();
  }

  private static FileChooser chooser(String title, Path dir) {
    FileChooser fc = new FileChooser();
    fc.setTitle(title);
    fc.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("CSV files", "*.csv", "*.CSV", "*.txt"),
        new FileChooser.ExtensionFilter("All files", "*"));
    if (dir != null) {
      fc.setInitialDirectory(dir.toFile());
    }
    return fc;
  }
}
