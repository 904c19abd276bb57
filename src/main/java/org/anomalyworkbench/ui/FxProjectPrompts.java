package org.anomalyworkbench.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The project questions as modal dialogs owned by the main window, themed like it. */
final class FxProjectPrompts implements ProjectPrompts {
  private final Window owner;
  private final Supplier<Theme> theme;

  FxProjectPrompts(Window owner, Supplier<Theme> theme) {
    this.owner = owner;
    this.theme = theme;
  }

  @Override
  public Unsaved askUnsaved(String projectName, String action) {
    ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
    ButtonType discard = new ButtonType("Don't save", ButtonBar.ButtonData.NO);
    ButtonType cancel = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
    Alert a = alert(Alert.AlertType.CONFIRMATION, "Unsaved changes", "Save the changes to " + projectName + "?",
        "Its runs, roles, detector settings or threshold changed since it was last saved. They are lost "
            + "unless you save before " + action + ".", save, discard, cancel);
    ButtonType answer = a.showAndWait().orElse(cancel);
    return answer == save ? Unsaved.SAVE : answer == discard ? Unsaved.DISCARD : Unsaved.CANCEL;
  }

  @Override
  public Path locateData(String message, boolean folder) {
    ButtonType locate = new ButtonType(folder ? "Locate folder…" : "Locate file…", ButtonBar.ButtonData.OK_DONE);
    ButtonType cancel = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
    Alert a = alert(Alert.AlertType.WARNING, "Data not found", "The project's data is not where it was", message,
        locate, cancel);
    if (a.showAndWait().orElse(cancel) != locate) {
      return null;
    }
    File f;
    if (folder) {
      DirectoryChooser dc = new DirectoryChooser();
      dc.setTitle("Locate the project's images");
      f = dc.showDialog(owner);
    } else {
      FileChooser fc = new FileChooser();
      fc.setTitle("Locate the project's data file");
      fc.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("CSV files", "*.csv", "*.CSV", "*.txt"),
          new FileChooser.ExtensionFilter("All files", "*"));
      f = fc.showOpenDialog(owner);
    }
    return f == null ? null : f.toPath();
  }

  @Override
  public Changed askChanged(String difference) {
    ButtonType open = new ButtonType("Open anyway", ButtonBar.ButtonData.YES);
    ButtonType locate = new ButtonType("Locate another…", ButtonBar.ButtonData.OTHER);
    ButtonType cancel = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
    Alert a = alert(Alert.AlertType.WARNING, "Data changed", "The project's data changed since it was saved",
        difference, open, locate, cancel);
    ButtonType answer = a.showAndWait().orElse(cancel);
    return answer == open ? Changed.OPEN_ANYWAY : answer == locate ? Changed.LOCATE : Changed.CANCEL;
  }

  @Override
  public void showError(String title, String message) {
    alert(Alert.AlertType.ERROR, title, title, message, ButtonType.OK).showAndWait();
  }

  private Alert alert(Alert.AlertType type, String title, String header, String text, ButtonType... buttons) {
    Alert a = new Alert(type, "", buttons);
    a.initOwner(owner);
    a.setTitle(title);
    a.setHeaderText(header);
    Label l = new Label(text);
    l.setWrapText(true);
    l.setMaxWidth(520);
    a.getDialogPane().setContent(l);
    a.getDialogPane().getStylesheets().setAll(theme.get().stylesheets());
    return a;
  }
}
