package org.anomalyworkbench.ui.results;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tab;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import org.anomalyworkbench.core.explain.RowExplainer;
import org.anomalyworkbench.core.explain.ShapleyValues;
import org.anomalyworkbench.ui.common.Format;

/**
 * The window's "Explain this row": a button under the row detail's "What drives the score"
 * and a "Shapley values" tab beside the projection, where the focused row's values are listed
 * largest |value| first as signed bars, beside the share the detector's own explanation gives
 * each feature, with the base and the score they add up to. The tab sits under the histogram so
 * that the records table stays in view: picking another row there clears the values at once.
 */
public final class ShapleyPanel {
  /** Width of the signed bar drawn in each value cell. */
  private static final double BAR_WIDTH = 64;

  private final ShapleyViewModel vm;
  private final ResultsViewModel results;
  private final Tab tab;
  private final Button explainButton = new Button("Explain this row");
  private final TableView<Line> table = new TableView<>();
  private final Label heading = new Label();
  private final Label note = new Label();
  private final Label empty = new Label();
  private final ProgressBar progress = new ProgressBar();

  /**
   * One feature group's line.
   *
   * @param group the column (or patch) name
   * @param value its Shapley value
   * @param share the detector's own contribution share for it, or NaN without contributions
   */
  record Line(String group, double value, double share) {
  }

  /** Adds the button to {@code view}'s row detail and the tab to its lower tabs. */
  public ShapleyPanel(ResultsView view, ShapleyViewModel vm) {
    this.vm = vm;
    this.results = vm.results();
    explainButton.setId("explainRow");
    explainButton.setMinWidth(Region.USE_PREF_SIZE);
    explainButton.setOnAction(e -> explain());
    explainButton.disableProperty().bind(vm.unavailableProperty().isNotEmpty().or(vm.runningProperty()));
    // A disabled button shows no tooltip: its holder carries the reason.
    HBox holder = new HBox(explainButton);
    Tooltip why = new Tooltip();
    why.setWrapText(true);
    why.setMaxWidth(360);
    why.textProperty().bind(Bindings.createStringBinding(() -> vm.unavailableProperty().get().isEmpty()
        ? "Shapley values of this row's score, against rows below the threshold, computed now (Ctrl+Shift+X)"
        : vm.unavailableProperty().get(), vm.unavailableProperty()));
    Tooltip.install(holder, why);
    explainButton.setTooltip(why);
    view.driversBox().getChildren().add(1, holder);

    tab = new Tab("Shapley values", buildContent());
    tab.setId("shapleyTab");
    view.lowerTabs().getTabs().add(tab);
    vm.explanationProperty().addListener((o, a, b) -> show());
    vm.runningProperty().addListener((o, a, b) -> show());
    vm.messageProperty().addListener((o, a, b) -> show());
    vm.unavailableProperty().addListener((o, a, b) -> show());
    show();
  }

  /** Computes the focused row's values and brings their tab to the front. */
  public void explain() {
    vm.explainFocused();
    tab.getTabPane().getSelectionModel().select(tab);
  }

  /** The tab with the values. */
  public Tab tab() {
    return tab;
  }

  private VBox buildContent() {
    heading.setId("shapleyHeading");
    heading.getStyleClass().add("panel-title");
    heading.setWrapText(true);
    heading.setMinHeight(Region.USE_PREF_SIZE);
    note.setId("shapleyNote");
    note.getStyleClass().add("panel-hint");
    note.setWrapText(true);
    note.setMinHeight(Region.USE_PREF_SIZE);
    empty.setId("shapleyEmpty");
    empty.getStyleClass().add("empty-note");
    empty.setWrapText(true);
    progress.setId("shapleyProgress");
    progress.progressProperty().bind(vm.progressProperty());
    progress.setMaxWidth(Double.MAX_VALUE);
    HBox.setHgrow(progress, Priority.ALWAYS);
    Button cancel = new Button("Cancel");
    cancel.setId("shapleyCancel");
    cancel.setMinWidth(Region.USE_PREF_SIZE);
    cancel.setOnAction(e -> vm.cancel());
    Label computing = new Label("Computing…");
    computing.setMinWidth(Region.USE_PREF_SIZE);
    HBox running = new HBox(8, computing, progress, cancel);
    running.setAlignment(Pos.CENTER_LEFT);
    running.visibleProperty().bind(vm.runningProperty());
    running.managedProperty().bind(running.visibleProperty());

    table.setId("shapleyTable");
    table.setFixedCellSize(22);
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    TableColumn<Line, String> group = new TableColumn<>("Feature");
    group.setPrefWidth(120);
    group.setSortable(false);
    group.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().group()));
    TableColumn<Line, Line> value = new TableColumn<>("Shapley value");
    value.setPrefWidth(150);
    value.setSortable(false);
    value.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
    value.setCellFactory(c -> new SignedBarCell());
    TableColumn<Line, String> share = new TableColumn<>();
    Label shareHeader = new Label("Detector");
    shareHeader.setTooltip(new Tooltip("The share of the score the detector's own explanation gives this feature"));
    share.setGraphic(shareHeader);
    share.setPrefWidth(70);
    share.setSortable(false);
    share.setCellValueFactory(c -> new ReadOnlyStringWrapper(
        Double.isNaN(c.getValue().share()) ? "" : Format.percent(c.getValue().share())));
    table.getColumns().add(group);
    table.getColumns().add(value);
    table.getColumns().add(share);
    VBox.setVgrow(table, Priority.ALWAYS);

    StackPane body = new StackPane(table, empty);
    VBox.setVgrow(body, Priority.ALWAYS);
    VBox box = new VBox(6, heading, running, body, note);
    box.getStyleClass().add("panel");
    return box;
  }

  private void show() {
    RowExplainer.RowExplanation e = vm.explanationProperty().get();
    boolean has = e != null;
    table.setVisible(has);
    empty.setVisible(!has);
    heading.setVisible(has || vm.runningProperty().get());
    heading.setManaged(heading.isVisible());
    note.setVisible(has);
    note.setManaged(has);
    if (!has) {
      table.getItems().clear();
      int row = results.focusedRowProperty().get();
      heading.setText(vm.runningProperty().get() ? "Row " + (row + 1) + ": Shapley values of its score" : "");
      String message = vm.messageProperty().get();
      empty.setText(vm.runningProperty().get() ? ""
          : !message.isEmpty() ? message
          : !vm.unavailableProperty().get().isEmpty() && !vm.unavailableProperty().get().startsWith("Select")
              ? vm.unavailableProperty().get()
              : "Select a row and press Explain this row (Ctrl+Shift+X), under What drives the score: how much each "
                  + "column moved its score away from the rows below the threshold.");
      return;
    }
    ShapleyValues s = e.shapley();
    double sum = 0;
    for (double v : s.values()) {
      sum += v;
    }
    heading.setText("Row " + (e.row() + 1) + ": score " + Format.score(s.score()) + " = mean background score "
        + Format.score(s.base()) + " + sum of values " + Format.score(sum));
    double ownTotal = 0;
    for (double v : e.ownContributions()) {
      ownTotal += v;
    }
    List<Line> lines = new ArrayList<>();
    for (int g = 0; g < s.values().length; g++) {
      lines.add(new Line(s.groupNames().get(g), s.values()[g],
          ownTotal > 0 ? e.ownContributions()[g] / ownTotal : Double.NaN));
    }
    lines.sort(Comparator.comparingDouble((Line l) -> -Math.abs(l.value())));
    table.setItems(FXCollections.observableArrayList(lines));
    note.setText(String.format(Locale.ROOT, "Sum of values = score − mean background score. Positive values "
        + "raise the score. %s over %d %s (%s coalitions), against %d rows below the threshold; %.1f s.",
        s.exact() ? "Exact" : "Sampled (KernelSHAP)", s.values().length,
        results.getData() != null && results.getData().dataset().isImages() ? "patches" : "columns",
        Format.count(s.coalitions()), e.backgroundRows(), vm.secondsProperty().get()));
  }

  /** A value as a bar left (lowers the score) or right (raises it) of a centre line, with the number. */
  private final class SignedBarCell extends TableCell<Line, Line> {
    private final Rectangle bar = new Rectangle(0, 10);
    private final Pane track = new Pane(bar);

    SignedBarCell() {
      track.setMinWidth(BAR_WIDTH);
      track.setPrefWidth(BAR_WIDTH);
      track.setMaxWidth(BAR_WIDTH);
      track.setPrefHeight(12);
      bar.setLayoutY(1);
      setContentDisplay(ContentDisplay.LEFT);
      setGraphicTextGap(6);
    }

    @Override
    protected void updateItem(Line line, boolean emptyCell) {
      super.updateItem(line, emptyCell);
      if (emptyCell || line == null) {
        setText(null);
        setGraphic(null);
        return;
      }
      double max = 0;
      for (Line l : getTableView().getItems()) {
        max = Math.max(max, Math.abs(l.value()));
      }
      double half = BAR_WIDTH / 2;
      double len = max > 0 ? half * Math.abs(line.value()) / max : 0;
      bar.setWidth(Math.max(1, len));
      bar.setLayoutX(line.value() >= 0 ? half : half - len);
      var palette = org.anomalyworkbench.ui.chart.ChartPalette.currentProperty().get();
      bar.setFill(line.value() >= 0 ? palette.threshold() : palette.accent());
      setGraphic(track);
      setText((line.value() >= 0 ? "+" : "") + Format.score(line.value()));
    }
  }
}
