package org.anomalyworkbench.ui.runs;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.anomalyworkbench.core.evaluation.RunComparison;
import org.anomalyworkbench.core.project.Run;
import org.anomalyworkbench.core.project.RunRecord;
import org.anomalyworkbench.ui.common.Format;

/**
 * The Runs step: every training kept in the project, in a table (name, detector, when, how
 * long, flagged rows, ROC-AUC and average precision when the data has labels). One selected
 * run is shown in Results and its settings listed here; several selected are compared: a table
 * of their metrics, their ROC and PR curves overlaid, and two matrices, how far their flagged
 * rows agree (Jaccard) and how alike they rank the rows (Spearman).
 */
public final class RunsView {
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM HH:mm:ss", Locale.ROOT)
      .withZone(ZoneId.systemDefault());

  private final RunsViewModel vm;
  private final ReadOnlyObjectProperty<String> shownRun;
  /**
   * Whether the analyst picked several runs to compare (by mouse or keys, or a project's saved
   * comparison). Only then does the table stop following the run Results show: the table's own
   * selection may change while runs are added, which must not read as a comparison.
   */
  private boolean comparing;
  /** A mouse button is down on the table (the analyst is selecting). */
  private boolean pressing;
  private final BorderPane root = new BorderPane();
  private final TableView<Run> table = new TableView<>();
  private final StackPane lower = new StackPane();
  private final Label message = new Label();
  private final Label subtitle = new Label();
  private final Button showButton = new Button("Show in Results");
  private final Button deleteButton = new Button("Delete");
  private OverlaidCurves roc;
  private OverlaidCurves pr;
  private boolean selecting;

  /**
   * @param shownRun the id of the run Results shows (marked in the table)
   * @param onShowInResults shows the selected run and goes to the Results step
   * @param onDelete deletes the runs with these ids (undoable)
   */
  public RunsView(RunsViewModel vm, ReadOnlyObjectProperty<String> shownRun, Runnable onShowInResults,
      Consumer<List<String>> onDelete) {
    this.vm = vm;
    this.shownRun = shownRun;
    root.getStyleClass().add("view");
    root.setId("runsView");
    root.setTop(header(onShowInResults, onDelete));
    buildTable(onShowInResults, onDelete);
    VBox upper = new VBox(4, panelTitle("Runs of this project"), table);
    upper.getStyleClass().add("panel");
    VBox.setVgrow(table, Priority.ALWAYS);
    message.getStyleClass().add("empty-note");
    message.setWrapText(true);
    message.textProperty().bind(vm.messageProperty());
    lower.getChildren().add(message);
    lower.getStyleClass().add("panel");
    SplitPane split = new SplitPane(upper, lower);
    split.setOrientation(javafx.geometry.Orientation.VERTICAL);
    split.setDividerPositions(0.24);
    SplitPane.setResizableWithParent(upper, false);
    root.setCenter(split);
    vm.comparisonProperty().addListener((o, a, c) -> showLower());
    vm.selected().addListener((ListChangeListener<Run>) c -> showLower());
    vm.runs().addListener((ListChangeListener<Run>) c -> {
      vm.runsChanged();
      updateSubtitle();
      followShownRunNowAndLater();
    });
    shownRun.addListener((o, a, id) -> {
      table.refresh();
      followShownRunNowAndLater();
    });
    updateSubtitle();
    followShownRun(shownRun.get());
  }

  private Node header(Runnable onShowInResults, Consumer<List<String>> onDelete) {
    Label title = new Label("Runs");
    title.getStyleClass().add("view-title");
    title.setMinWidth(Region.USE_PREF_SIZE);
    subtitle.getStyleClass().add("view-subtitle");
    subtitle.setMinWidth(0);
    Tooltip tip = new Tooltip();
    tip.textProperty().bind(subtitle.textProperty());
    subtitle.setTooltip(tip);
    Region grow = new Region();
    HBox.setHgrow(grow, Priority.ALWAYS);
    showButton.setId("showRunInResults");
    showButton.setMinWidth(Region.USE_PREF_SIZE);
    showButton.setTooltip(new Tooltip("Show the selected run's scores in the Results step (or double-click it)"));
    showButton.setOnAction(e -> onShowInResults.run());
    deleteButton.setId("deleteRuns");
    deleteButton.setMinWidth(Region.USE_PREF_SIZE);
    deleteButton.setTooltip(new Tooltip("Delete the selected runs from the project (Delete key; Ctrl+Z brings them back)"));
    deleteButton.setOnAction(e -> onDelete.accept(selectedIds()));
    showButton.disableProperty().bind(javafx.beans.binding.Bindings.size(vm.selected()).isNotEqualTo(1));
    deleteButton.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(vm.selected()));
    HBox row = new HBox(8, title, subtitle, grow, showButton, deleteButton);
    row.setAlignment(Pos.CENTER_LEFT);
    row.getStyleClass().add("toolbar-row");
    VBox header = new VBox(6, row);
    header.getStyleClass().add("view-header");
    return header;
  }

  private void updateSubtitle() {
    int n = vm.runs().size();
    subtitle.setText(n == 0 ? "Every training is kept here" : n + (n == 1 ? " run" : " runs")
        + " · select one to show it in Results, several (Ctrl+click, Shift+click) to compare them");
  }

  private List<String> selectedIds() {
    return vm.selected().stream().map(Run::id).toList();
  }

  private void buildTable(Runnable onShowInResults, Consumer<List<String>> onDelete) {
    table.setId("runsTable");
    table.setItems(vm.runs());
    table.setFixedCellSize(26);
    table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
    table.setPlaceholder(new Label("No runs yet: train a detector (F5)."));
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
    TableColumn<Run, Run> name = new TableColumn<>("Run");
    name.setPrefWidth(190);
    name.setCellValueFactory(cd -> new javafx.beans.property.ReadOnlyObjectWrapper<>(cd.getValue()));
    name.setCellFactory(c -> new TableCell<>() {
      @Override
      protected void updateItem(Run run, boolean empty) {
        super.updateItem(run, empty);
        if (empty || run == null) {
          setText(null);
          setGraphic(null);
          setTooltip(null);
          return;
        }
        boolean shown = run.id().equals(shownRun.get());
        setGraphic(swatch(RunColours.of(vm.runs().indexOf(run))));
        setText(run.record().name() + (shown ? "  ·  in Results" : ""));
        setStyle(shown ? "-fx-font-weight: bold;" : "");
        setTooltip(new Tooltip(run.record().name() + (shown ? " (shown in Results)" : "")));
      }
    });
    table.getColumns().add(name);
    table.getColumns().add(text("Detector", 130, r -> r.detectorId()));
    table.getColumns().add(text("Trained", 120, r -> r.started() == null ? "–" : WHEN.format(r.started())));
    table.getColumns().add(text("Duration", 80, r -> duration(r.durationMillis())));
    table.getColumns().add(text("Flagged", 120, r -> Format.count(r.flagged()) + " of " + Format.count(r.rows())));
    table.getColumns().add(text("ROC-AUC", 80, r -> metric(r.rocAuc())));
    table.getColumns().add(text("Avg precision", 100, r -> metric(r.averagePrecision())));
    table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<Run>) c -> {
      if (!selecting) {
        vm.select(new ArrayList<>(table.getSelectionModel().getSelectedItems()));
      }
    });
    table.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> pressing = true);
    table.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_RELEASED, e -> {
      pressing = false;
      userSelected();
    });
    // Only keys that move or extend the selection: a modifier let go (the Ctrl of Ctrl+5 that
    // opened this step) must not read the selection of the moment as the analyst's choice.
    table.addEventHandler(javafx.scene.input.KeyEvent.KEY_RELEASED, e -> {
      if (e.getCode().isNavigationKey() || e.getCode() == KeyCode.SPACE || e.getCode() == KeyCode.A) {
        userSelected();
      }
    });
    // Gaining focus from the keyboard (Ctrl+5 opens this step) the table may add its focused row to
    // the selection: follow the shown run after that. Not when a click gives it focus: that is the
    // analyst selecting.
    table.focusedProperty().addListener((o, was, is) -> {
      if (is && !pressing) {
        followShownRunNowAndLater();
      }
    });
    table.sceneProperty().addListener((o, was, is) -> followShownRunNowAndLater());
    table.setRowFactory(t -> {
      TableRow<Run> row = new TableRow<>();
      row.setOnMouseClicked(e -> {
        if (e.getClickCount() == 2 && !row.isEmpty()) {
          onShowInResults.run();
        }
      });
      return row;
    });
    table.setOnKeyPressed(e -> {
      if (e.getCode() == KeyCode.DELETE && !vm.selected().isEmpty()) {
        onDelete.accept(selectedIds());
        e.consume();
      }
    });
  }

  /** With one run (or none) selected, the table follows the run Results shows (a new training, say). */
  /**
   * Follows the shown run at once and again after the pending events: the table adjusts its own
   * selection when its items change, after these listeners have run, and could otherwise be left
   * holding the previous run as well (seen in the full suite as run-1 and run-2 both selected).
   */
  private void followShownRunNowAndLater() {
    followShownRun(shownRun.get());
    javafx.application.Platform.runLater(() -> followShownRun(shownRun.get()));
  }

  private void followShownRun(String id) {
    if (id == null || comparing) {
      return;
    }
    vm.runs().stream().filter(r -> r.id().equals(id)).findFirst().ifPresent(r -> {
      if (!vm.selected().equals(List.of(r))
          || !List.copyOf(table.getSelectionModel().getSelectedItems()).equals(List.of(r))) {
        selectRuns(List.of(r));
      }
    });
  }

  private void userSelected() {
    comparing = table.getSelectionModel().getSelectedItems().size() > 1;
  }

  /** Selects the runs with these ids (a project's saved comparison). */
  public void selectIds(List<String> ids) {
    List<Run> runs = vm.runs().stream().filter(r -> ids.contains(r.id())).toList();
    if (!runs.isEmpty()) {
      comparing = runs.size() > 1;
      selectRuns(runs);
    }
  }

  private void selectRuns(List<Run> runs) {
    selecting = true;
    try {
      table.getSelectionModel().clearSelection();
      for (Run r : runs) {
        table.getSelectionModel().select(r);
      }
    } finally {
      selecting = false;
    }
    vm.select(new ArrayList<>(runs));
  }

  private void showLower() {
    List<Run> sel = vm.selected();
    Node shown;
    if (sel.size() == 1) {
      shown = detail(sel.get(0));
    } else if (vm.comparisonProperty().get() != null) {
      shown = comparison(vm.comparisonProperty().get());
    } else {
      shown = message;
    }
    lower.getChildren().setAll(shown);
  }

  // ---------------------------------------------------------------- one run

  private Node detail(Run run) {
    RunRecord r = run.record();
    GridPane grid = grid();
    int row = 0;
    row = pair(grid, row, "Detector", r.detectorId());
    row = pair(grid, row, "Trained", r.started() == null ? "–" : WHEN.format(r.started()) + ", in "
        + duration(r.durationMillis()));
    row = pair(grid, row, "Flagged", Format.count(r.flagged()) + " of " + Format.count(r.rows()) + " rows at "
        + Format.score(r.thresholdValue()) + " (" + r.threshold() + "), the threshold it was trained with");
    if (r.rocAuc() != null) {
      row = pair(grid, row, "ROC-AUC", metric(r.rocAuc()));
      row = pair(grid, row, "Average precision", metric(r.averagePrecision()));
    }
    StringBuilder config = new StringBuilder();
    for (Map.Entry<String, String> e : new java.util.TreeMap<>(r.config()).entrySet()) {
      config.append(config.length() == 0 ? "" : ", ").append(e.getKey()).append(" = ").append(e.getValue());
    }
    row = pair(grid, row, "Settings", config.length() == 0 ? "defaults" : config.toString());
    Label hint = new Label("Its scores are shown in Results (Ctrl+4). Select several runs to compare them.");
    hint.getStyleClass().add("panel-hint");
    hint.setWrapText(true);
    hint.setMinHeight(Region.USE_PREF_SIZE);
    VBox box = new VBox(8, panelTitle(r.name()), grid, hint);
    box.setId("runDetail");
    box.setPadding(new Insets(4));
    return scroll(box);
  }

  // ---------------------------------------------------------------- several runs

  private Node comparison(RunsViewModel.Comparison c) {
    VBox box = new VBox(10);
    box.setId("runComparison");
    box.setPadding(new Insets(4));
    box.getChildren().add(panelTitle("Compared at each run's own threshold"));
    box.getChildren().add(metricsTable(c));
    if (c.hasCurves()) {
      roc = new OverlaidCurves(() -> chart(c, true));
      roc.setId("comparisonRoc");
      pr = new OverlaidCurves(() -> chart(c, false));
      pr.setId("comparisonPr");
      HBox curves = new HBox(12, roc, pr);
      HBox.setHgrow(roc, Priority.ALWAYS);
      HBox.setHgrow(pr, Priority.ALWAYS);
      curves.setMinHeight(240);
      curves.setPrefHeight(260);
      curves.setId("comparisonCurves");
      box.getChildren().add(curves);
    } else {
      roc = null;
      pr = null;
      Label none = new Label("No curves: the data has no label column with both classes. Mark a 0/1 column as "
          + "the label (Data step) to see ROC and precision-recall curves.");
      none.getStyleClass().add("panel-hint");
      none.setWrapText(true);
      none.setMinHeight(Region.USE_PREF_SIZE);
      box.getChildren().add(none);
    }
    RunComparison f = c.figures();
    VBox jaccard = matrix("Flagged rows in common (Jaccard)", "Shared flags ÷ flags of either run; 1 = the same rows.",
        c, f.flagAgreement(), "jaccardMatrix");
    VBox spearman = matrix("Score rank correlation (Spearman)", "1 = the same order of rows; 0 = unrelated.",
        c, f.scoreCorrelation(), "spearmanMatrix");
    javafx.scene.layout.FlowPane matrices = new javafx.scene.layout.FlowPane(24, 12, jaccard, spearman);
    box.getChildren().add(matrices);
    matrices.prefWrapLengthProperty().bind(box.widthProperty().subtract(8));
    return scroll(box);
  }

  private OverlaidCurves.Chart chart(RunsViewModel.Comparison c, boolean isRoc) {
    List<OverlaidCurves.Line> lines = new ArrayList<>();
    for (int i = 0; i < c.runs().size(); i++) {
      // The number first: on a narrow window the name is what gets cut (the tooltip has both).
      String label = metric(isRoc ? c.figures().runs().get(i).rocAuc() : c.figures().runs().get(i).averagePrecision())
          + "  " + c.runs().get(i).record().name();
      Color colour = RunColours.of(c.colours().get(i));
      lines.add(isRoc
          ? new OverlaidCurves.Line(label, colour, c.roc().get(i).falsePositiveRate(), c.roc().get(i).truePositiveRate())
          : new OverlaidCurves.Line(label, colour, c.pr().get(i).recall(), c.pr().get(i).precision()));
    }
    return isRoc
        ? new OverlaidCurves.Chart("ROC curves (area in the legend)", "False positive rate", "True positive rate", lines,
            true, -1)
        : new OverlaidCurves.Chart("Precision-recall curves (average precision)", "Recall", "Precision", lines, false,
            c.positiveRate());
  }

  private TableView<Integer> metricsTable(RunsViewModel.Comparison c) {
    TableView<Integer> t = new TableView<>();
    t.setId("comparisonTable");
    List<Integer> rows = new ArrayList<>();
    for (int i = 0; i < c.runs().size(); i++) {
      rows.add(i);
    }
    t.getItems().setAll(rows);
    t.setFixedCellSize(26);
    t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
    double height = 30 + 26 * rows.size() + 4;
    t.setMinHeight(height);
    t.setPrefHeight(height);
    t.setMaxHeight(height);
    TableColumn<Integer, Integer> name = new TableColumn<>("Run");
    name.setPrefWidth(200);
    name.setCellValueFactory(cd -> new javafx.beans.property.ReadOnlyObjectWrapper<>(cd.getValue()));
    name.setCellFactory(col -> new TableCell<>() {
      @Override
      protected void updateItem(Integer i, boolean empty) {
        super.updateItem(i, empty);
        if (empty || i == null) {
          setText(null);
          setGraphic(null);
          setTooltip(null);
          return;
        }
        setGraphic(swatch(RunColours.of(c.colours().get(i))));
        setText(c.runs().get(i).record().name());
        setTooltip(new Tooltip(c.runs().get(i).record().name()));
      }
    });
    t.getColumns().add(name);
    List<RunComparison.RunLine> lines = c.figures().runs();
    t.getColumns().add(column("Flagged", i -> Format.count(lines.get(i).flagged())));
    t.getColumns().add(column("ROC-AUC", i -> metric(lines.get(i).rocAuc())));
    t.getColumns().add(column("Avg precision", i -> metric(lines.get(i).averagePrecision())));
    t.getColumns().add(column("Precision", i -> percentOrDash(lines.get(i).precision())));
    t.getColumns().add(column("Recall", i -> percentOrDash(lines.get(i).recall())));
    t.setPlaceholder(new Label(""));
    return t;
  }

  private VBox matrix(String title, String hint, RunsViewModel.Comparison c, double[][] values, String id) {
    GridPane g = new GridPane();
    g.setId(id);
    g.setHgap(2);
    g.setVgap(2);
    int n = c.runs().size();
    for (int j = 0; j < n; j++) {
      Label head = new Label(shortName(c.runs().get(j), j));
      head.setTooltip(new Tooltip(c.runs().get(j).record().name()));
      head.setMinWidth(Region.USE_PREF_SIZE);
      head.setPrefWidth(56);
      head.setAlignment(Pos.CENTER);
      head.getStyleClass().add("field-label");
      g.add(head, j + 1, 0);
    }
    Color accent = Color.web("#2f6fb3");
    for (int i = 0; i < n; i++) {
      Label rowHead = new Label(c.runs().get(i).record().name(), swatch(RunColours.of(c.colours().get(i))));
      rowHead.setTooltip(new Tooltip(c.runs().get(i).record().name()));
      rowHead.setMinWidth(Region.USE_PREF_SIZE);
      rowHead.setPadding(new Insets(0, 8, 0, 0));
      g.add(rowHead, 0, i + 1);
      for (int j = 0; j < n; j++) {
        double v = values[i][j];
        Label cell = new Label(Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.2f", v));
        cell.setMinWidth(56);
        cell.setPrefWidth(56);
        cell.setMinHeight(26);
        cell.setAlignment(Pos.CENTER);
        double strength = Double.isNaN(v) ? 0 : Math.min(1, Math.abs(v));
        cell.setStyle("-fx-background-color: " + RunColours.css(accent.deriveColor(0, 1, 1, 0.12 + 0.78 * strength))
            + "; -fx-background-radius: 3;" + (strength > 0.55 ? " -fx-text-fill: white;" : ""));
        cell.setTooltip(new Tooltip(c.runs().get(i).record().name() + " vs " + c.runs().get(j).record().name() + ": "
            + cell.getText()));
        g.add(cell, j + 1, i + 1);
      }
    }
    Label h = new Label(hint);
    h.getStyleClass().add("panel-hint");
    h.setWrapText(true);
    h.setMinHeight(Region.USE_PREF_SIZE);
    h.setMaxWidth(360);
    Label t = new Label(title);
    t.getStyleClass().add("subpanel-title");
    t.setMinWidth(Region.USE_PREF_SIZE);
    VBox box = new VBox(4, t, h, g);
    return box;
  }

  /** "#3" for "isolation-forest #3": column heads stay narrow; the tooltip has the whole name. */
  private static String shortName(Run run, int index) {
    String n = run.record().name();
    int hash = n.lastIndexOf('#');
    return hash >= 0 ? n.substring(hash) : "#" + (index + 1);
  }

  // ---------------------------------------------------------------- helpers

  private static Node swatch(Color c) {
    Rectangle r = new Rectangle(10, 10, c);
    r.setArcWidth(3);
    r.setArcHeight(3);
    return r;
  }

  private static Label panelTitle(String text) {
    Label l = new Label(text);
    l.getStyleClass().add("panel-title");
    l.setMinWidth(0);
    l.setTooltip(new Tooltip(text));
    return l;
  }

  private static GridPane grid() {
    GridPane g = new GridPane();
    g.setHgap(14);
    g.setVgap(6);
    g.getColumnConstraints().setAll(new ColumnConstraints(Region.USE_PREF_SIZE, Region.USE_COMPUTED_SIZE,
        Region.USE_PREF_SIZE), new ColumnConstraints(80, 400, Double.MAX_VALUE, Priority.ALWAYS, javafx.geometry.HPos.LEFT,
        true));
    return g;
  }

  private static int pair(GridPane g, int row, String key, String value) {
    Label k = new Label(key);
    k.getStyleClass().add("field-label");
    k.setMinWidth(Region.USE_PREF_SIZE);
    Label v = new Label(value);
    v.setWrapText(true);
    v.setMinHeight(Region.USE_PREF_SIZE);
    g.add(k, 0, row);
    g.add(v, 1, row);
    return row + 1;
  }

  private static ScrollPane scroll(Node content) {
    ScrollPane s = new ScrollPane(content);
    s.setFitToWidth(true);
    s.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
    s.getStyleClass().add("edge-to-edge");
    return s;
  }

  private static TableColumn<Run, String> text(String title, double width, Function<RunRecord, String> f) {
    TableColumn<Run, String> c = new TableColumn<>(title);
    c.setPrefWidth(width);
    c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(f.apply(cd.getValue().record())));
    return c;
  }

  private static TableColumn<Integer, String> column(String title, Function<Integer, String> f) {
    TableColumn<Integer, String> c = new TableColumn<>(title);
    c.setPrefWidth(100);
    c.getStyleClass().add("numeric-column");
    c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(f.apply(cd.getValue())));
    return c;
  }

  static String metric(Double v) {
    return v == null || Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.3f", v);
  }

  private static String percentOrDash(double v) {
    return Double.isNaN(v) ? "–" : Format.percent(v);
  }

  static String duration(long millis) {
    if (millis < 1000) {
      return millis + " ms";
    }
    if (millis < 60_000) {
      return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }
    long s = Math.round(millis / 1000.0);
    return String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
  }

  public BorderPane root() {
    return root;
  }

  public TableView<Run> table() {
    return table;
  }

  /** The overlaid ROC curves of the comparison on screen, or null. */
  public OverlaidCurvesAccess curves() {
    return new OverlaidCurvesAccess(roc, pr);
  }

  /** The comparison's curve canvases (tests check what they drew). */
  public record OverlaidCurvesAccess(org.anomalyworkbench.ui.chart.ResizableCanvas roc,
      org.anomalyworkbench.ui.chart.ResizableCanvas pr) {
  }
}
