package org.anomalyworkbench.ui.series;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The series tab's content: a hint and a Reset button above the {@link SeriesCanvas}. */
final class SeriesPane extends VBox {
  private final SeriesCanvas canvas;

  SeriesPane(SeriesViewModel vm) {
    getStyleClass().add("panel");
    setSpacing(4);
    Label hint = new Label("Wheel to zoom, drag a range to zoom in, shift-drag to pan, double-click to reset; "
        + "click a point to see its row.");
    hint.getStyleClass().add("panel-hint");
    hint.setMinWidth(0);
    hint.setTooltip(new Tooltip(hint.getText()));
    Button reset = new Button("Reset zoom");
    reset.setId("seriesReset");
    reset.setMinWidth(Region.USE_PREF_SIZE);
    reset.setOnAction(e -> vm.reset());
    reset.setTooltip(new Tooltip("Show the whole series"));
    reset.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> {
      VisibleRange r = vm.rangeProperty().get();
      return r == null || r.from() == 0 && r.to() == vm.seriesProperty().get().points();
    }, vm.rangeProperty()));
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox header = new HBox(8, hint, spacer, reset);
    header.setAlignment(Pos.CENTER_LEFT);
    canvas = new SeriesCanvas(vm);
    canvas.setId("seriesCanvas");
    Label note = new Label();
    note.getStyleClass().add("empty-note");
    note.setWrapText(true);
    note.textProperty().bind(vm.noteProperty());
    note.visibleProperty().bind(vm.noteProperty().isNotEmpty());
    StackPane holder = new StackPane(canvas, note);
    VBox.setVgrow(holder, Priority.ALWAYS);
    getChildren().addAll(header, holder);
  }

  SeriesCanvas canvas() {
    return canvas;
  }
}
