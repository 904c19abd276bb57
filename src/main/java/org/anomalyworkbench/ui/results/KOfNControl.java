package org.anomalyworkbench.ui.results;

import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.anomalyworkbench.core.scoring.KOfN;

/**
 * The toolbar's "k of n" field beside the threshold, shown only for a series: typing e.g. 3/5
 * and Enter (or leaving the field) flags a point only when 3 of the last 5 points pass the
 * threshold; 1/1 flags every passing point. Nothing is retrained or rescored.
 */
final class KOfNControl {
  private static final String HELP = "Flag a point only when k of the last n points (in time order) pass the "
      + "threshold, e.g. 3/5, so a lone spike raises no alarm; 1/1 flags every passing point. Press Enter to apply; "
      + "Ctrl+S saves it with the model.";

  private final ResultsViewModel vm;
  private final TextField field = new TextField(KOfN.OFF.toText());
  private final HBox box;

  KOfNControl(ResultsViewModel vm) {
    this.vm = vm;
    field.setId("kOfNField");
    field.setPrefColumnCount(4);
    // The toolbar shrinks its children at 1024 px; "3/5" must stay readable.
    field.setMinWidth(56);
    field.setTooltip(new Tooltip(HELP));
    Label label = new Label("k of n");
    label.getStyleClass().add("field-label");
    label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    box = new HBox(6, label, field);
    box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
    box.visibleProperty().bind(vm.seriesProperty());
    box.managedProperty().bind(box.visibleProperty());
    vm.kOfNProperty().addListener((o, a, b) -> {
      if (!field.isFocused()) {
        field.setText(b.toText());
      }
      mark(null);
    });
    field.setOnAction(e -> commit());
    field.focusedProperty().addListener((o, a, focused) -> {
      if (!focused) {
        commit();
      }
    });
  }

  /** The label and field, to put in the toolbar. */
  HBox node() {
    return box;
  }

  private void commit() {
    String text = field.getText();
    if (text == null || text.isBlank() || vm.getData() == null) {
      field.setText(vm.kOfNProperty().get().toText());
      return;
    }
    mark(vm.setKOfNText(text));
  }

  private void mark(String error) {
    field.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("invalid"), error != null);
    field.setTooltip(new Tooltip(error != null ? error : HELP));
  }
}
