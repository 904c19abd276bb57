package org.anomalyworkbench.ui;

import java.io.File;
import java.nio.file.Path;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.anomalyworkbench.core.project.ProjectStore;

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

  @Override
  public Path chooseModelToSave(Path initialDirectory, String suggestedName) {
    FileChooser fc = modelChooser("Save model", initialDirectory);
    fc.setInitialFileName(suggestedName);
    File f = fc.showSaveDialog(owner);
    if (f == null) {
      return null;
    }
    // Some platforms' dialogs do not add the filter's extension; the command line expects it.
    String name = f.getName();
    return name.toLowerCase(java.util.Locale.ROOT).endsWith(ModelFiles.EXTENSION) ? f.toPath()
        : f.toPath().resolveSibling(name + ModelFiles.EXTENSION);
  }

  @Override
  public Path chooseModelToOpen(Path initialDirectory) {
    File f = modelChooser("Score the data with a saved model", initialDirectory).showOpenDialog(owner);
    return f == null ? null : f.toPath();
  }

  @Override
  public ReportTarget chooseReportToSave(Path initialDirectory, String suggestedName) {
    FileChooser fc = new FileChooser();
    fc.setTitle("Export report");
    FileChooser.ExtensionFilter both = new FileChooser.ExtensionFilter("HTML and PDF (both files)", "*.html");
    FileChooser.ExtensionFilter html = new FileChooser.ExtensionFilter("HTML page", "*.html");
    FileChooser.ExtensionFilter pdf = new FileChooser.ExtensionFilter("PDF document", "*.pdf");
    fc.getExtensionFilters().setAll(both, html, pdf);
    if (initialDirectory != null) {
      fc.setInitialDirectory(initialDirectory.toFile());
    }
    fc.setInitialFileName(suggestedName);
    File f = fc.showSaveDialog(owner);
    if (f == null) {
      return null;
    }
    var chosen = fc.getSelectedExtensionFilter();
    return ReportTarget.of(f.toPath(), chosen == both, chosen == pdf);
  }

  @Override
  public Path chooseImageFolderToOpen(Path initialDirectory) {
    return folder("Open a folder of images (sub-folders are classes)", initialDirectory);
  }

  @Override
  public Path chooseFolderForCopies(Path initialDirectory) {
    return folder("Copy the flagged images into this folder", initialDirectory);
  }

  @Override
  public Path chooseProjectToOpen(Path initialDirectory) {
    File f = projectChooser("Open project", initialDirectory).showOpenDialog(owner);
    return f == null ? null : f.toPath();
  }

  @Override
  public Path chooseProjectToSave(Path initialDirectory, String suggestedName) {
    FileChooser fc = projectChooser("Save project", initialDirectory);
    fc.setInitialFileName(suggestedName);
    File f = fc.showSaveDialog(owner);
    if (f == null) {
      return null;
    }
    String name = f.getName();
    return name.toLowerCase(java.util.Locale.ROOT).endsWith(ProjectStore.EXTENSION) ? f.toPath()
        : f.toPath().resolveSibling(name + ProjectStore.EXTENSION);
  }

  private static FileChooser projectChooser(String title, Path dir) {
    FileChooser fc = chooser(title, dir);
    fc.getExtensionFilters().setAll(
        new FileChooser.ExtensionFilter("Anomaly Workbench projects", "*" + ProjectStore.EXTENSION),
        new FileChooser.ExtensionFilter("All files", "*"));
    return fc;
  }

  private Path folder(String title, Path dir) {
    javafx.stage.DirectoryChooser dc = new javafx.stage.DirectoryChooser();
    dc.setTitle(title);
    if (dir != null && java.nio.file.Files.isDirectory(dir)) {
      dc.setInitialDirectory(dir.toFile());
    }
    File f = dc.showDialog(owner);
    return f == null ? null : f.toPath();
  }

  private static FileChooser modelChooser(String title, Path dir) {
    FileChooser fc = chooser(title, dir);
    fc.getExtensionFilters().setAll(new FileChooser.ExtensionFilter("Anomaly Workbench models", "*" + ModelFiles.EXTENSION),
        new FileChooser.ExtensionFilter("All files", "*"));
    return fc;
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
