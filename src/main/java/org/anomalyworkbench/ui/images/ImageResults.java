package org.anomalyworkbench.ui.images;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.anomalyworkbench.ui.common.Format;
import org.anomalyworkbench.ui.results.ResultsView;
import org.anomalyworkbench.ui.results.RowSelection;

/**
 * Puts the image views into the Results step while the result is a folder of images: an
 * "Images" tab first in the records area (the thumbnail grid, most anomalous first, with
 * scores, flags and heat maps) and an "Image" tab first under the histogram (the detail pane);
 * both leave again for a table or a series. The grid follows the shared selection, focus and
 * threshold, and a picked thumbnail becomes the selection everywhere.
 */
public final class ImageResults {
  private final ResultsView view;
  private final ImageResultsViewModel vm;
  private final ThumbnailGrid grid = new ThumbnailGrid();
  private final ImageDetailPane detail;
  private final Tab gridTab;
  private final Tab detailTab;

  /**
   * @param onCopyFlagged asks for a folder and copies the flagged images into it
   */
  public ImageResults(ResultsView view, ImageResultsViewModel vm, Runnable onCopyFlagged) {
    this.view = view;
    this.vm = vm;
    detail = new ImageDetailPane(vm);
    gridTab = new Tab("Images", gridPane(onCopyFlagged));
    gridTab.setId("imagesTab");
    gridTab.setTooltip(new Tooltip("Every image, most anomalous first; flagged ones framed in red"));
    detailTab = new Tab("Image", detail.root());
    detailTab.setId("imageTab");
    grid.setId("imageGrid");
    grid.setOnPick(vm::pick);
    vm.cellsProperty().addListener((o, a, b) -> showContent());
    vm.painterProperty().addListener((o, a, b) -> showContent());
    vm.heatMapsProperty().addListener((o, a, b) -> {
      grid.refresh(true);
      detail.show(detail.shownRow());
    });
    vm.results().thresholdProperty().addListener((o, a, b) -> grid.refresh(false));
    vm.results().kOfNProperty().addListener((o, a, b) -> grid.refresh(false));
    vm.results().selectionProperty().addListener((o, a, b) -> grid.setSelected(selected(b)));
    vm.results().focusedRowProperty().addListener((o, a, b) -> grid.setFocusedRow(b.intValue()));
    vm.imagesProperty().addListener((o, a, b) -> show(b));
    showContent();
    show(vm.imagesProperty().get());
  }

  private static java.util.function.IntPredicate selected(RowSelection s) {
    return s == null ? row -> false : s::contains;
  }

  private void showContent() {
    grid.setContent(vm.cellsProperty().get(), vm.painterProperty().get(), true);
    grid.setFocusedRow(vm.results().focusedRowProperty().get());
  }

  private VBox gridPane(Runnable onCopyFlagged) {
    Label count = new Label();
    count.getStyleClass().add("panel-hint");
    count.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
      RowSelection f = vm.results().filterProperty().get();
      int n = vm.cellsProperty().get().size();
      return Format.count(n) + (f != null ? " selected (" + f.description() + ")" : vm.flaggedOnlyProperty().get()
          ? " flagged" : " images");
    }, vm.cellsProperty(), vm.results().filterProperty(), vm.flaggedOnlyProperty()));
    ToggleButton flaggedOnly = new ToggleButton("Flagged only");
    flaggedOnly.setId("imagesFlaggedOnly");
    flaggedOnly.selectedProperty().bindBidirectional(vm.flaggedOnlyProperty());
    flaggedOnly.setTooltip(new Tooltip("Show only the images at or above the threshold"));
    ToggleButton heat = new ToggleButton("Heat maps");
    heat.setId("imagesHeatMaps");
    heat.selectedProperty().bindBidirectional(vm.heatMapsProperty());
    heat.disableProperty().bind(vm.hasHeatMapsProperty().not());
    heat.setTooltip(new Tooltip("Colour each image where its error is (yellow → red; one scale for all images)"));
    Button copy = new Button("Copy flagged…");
    copy.setId("copyFlaggedImages");
    copy.setTooltip(new Tooltip("Copy the flagged image files into a folder, keeping their class folders "
        + "(Ctrl+Shift+E)"));
    copy.setOnAction(e -> onCopyFlagged.run());
    javafx.scene.control.Slider zoom = ImageDataPane.zoomSlider(grid);
    zoom.setPrefWidth(80);
    zoom.setMinWidth(60);
    // A flow, not a row: on a laptop screen the records pane is narrow, and a row cut "Copy flagged…" off.
    javafx.scene.layout.FlowPane header = new javafx.scene.layout.FlowPane(6, 4, count, flaggedOnly, heat, zoom, copy);
    header.setAlignment(Pos.CENTER_LEFT);
    count.setMinWidth(Region.USE_PREF_SIZE);
    for (javafx.scene.control.Control c : new javafx.scene.control.Control[] {flaggedOnly, heat, copy}) {
      c.setMinWidth(Region.USE_PREF_SIZE);
    }
    VBox.setVgrow(grid, Priority.ALWAYS);
    VBox box = new VBox(6, header, grid);
    box.getStyleClass().add("panel");
    return box;
  }

  private void show(boolean images) {
    boolean shown = view.recordsTabs().getTabs().contains(gridTab);
    if (images == shown) {
      return;
    }
    if (images) {
      view.recordsTabs().getTabs().add(0, gridTab);
      view.lowerTabs().getTabs().add(0, detailTab);
      view.recordsTabs().getSelectionModel().select(gridTab);
      view.lowerTabs().getSelectionModel().select(detailTab);
    } else {
      view.recordsTabs().getTabs().remove(gridTab);
      view.lowerTabs().getTabs().remove(detailTab);
    }
  }

  public ThumbnailGrid grid() {
    return grid;
  }

  public ImageDetailPane detail() {
    return detail;
  }
}
