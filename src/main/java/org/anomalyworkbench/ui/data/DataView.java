package org.anomalyworkbench.ui.data;

import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.anomalyworkbench.core.data.ColumnRole;
import org.anomalyworkbench.core.data.Dataset;
import org.anomalyworkbench.ui.common.Format;
import org.anomalyworkbench.ui.common.Fxml;
import tech.tablesaw.columns.Column;

/**
 * The data step: file/sample actions, import progress and errors, the column table (kind,
 * role editor, missing, min/median/max, distribution) and a virtualised preview of all rows.
 */
public final class DataView {
  @FXML private StackPane root;
  @FXML private BorderPane content;
  @FXML private VBox emptyState;
  @FXML private VBox sampleCards;
  @FXML private Label summaryLabel;
  @FXML private Button openButton;
  @FXML private Button emptyOpenButton;
  @FXML private MenuButton sampleButton;
  @FXML private HBox importBar;
  @FXML private Label importMessage;
  @FXML private ProgressBar importProgress;
  @FXML private Button cancelImportButton;
  @FXML private HBox errorBar;
  @FXML private Label errorLabel;
  @FXML private Button dismissErrorButton;
  @FXML private Label roleWarning;
  @FXML private HBox issueBar;
  @FXML private Label issueLabel;
  @FXML private Button keepMissingButton;
  @FXML private Button ignoreIssueColumnsButton;
  @FXML private Button closeFileButton;
  @FXML private Label labelExplanation;
  @FXML private TableView<ColumnModel> columnsTable;
  @FXML private Label seriesInfo;
  @FXML private Label rolesHint;
  @FXML private Label previewTitle;
  @FXML private TableView<Integer> previewTable;

  private final DataViewModel vm;

  /**
   * @param vm the data state
   * @param onOpen asks the user for a file to open
   * @param onSample opens a built-in sample
   */
  public DataView(DataViewModel vm, Runnable onOpen, Consumer<Sample> onSample) {
    this.vm = vm;
    Fxml.load(this);
    openButton.setOnAction(e -> onOpen.run());
    openButton.setTooltip(new Tooltip("Open a CSV file (Ctrl+O)"));
    emptyOpenButton.setOnAction(e -> onOpen.run());
    for (Sample s : Sample.all()) {
      MenuItem item = new MenuItem(s.title());
      item.setId("sample-" + s.id());
      item.setOnAction(e -> onSample.accept(s));
      sampleButton.getItems().add(item);
      Label cardTitle = new Label(s.title());
      cardTitle.getStyleClass().add("list-title");
      Label cardText = new Label(s.description());
      cardText.getStyleClass().add("list-description");
      // One line on every card (a wrapped one stretched its card); cut on a narrow window, whole in the tooltip.
      cardText.setTooltip(new Tooltip(s.description()));
      Button card = new Button(null, new VBox(2, cardTitle, cardText));
      card.setId("sampleCard-" + s.id());
      card.getStyleClass().add("sample-card");
      card.setMaxWidth(Double.MAX_VALUE);
      card.setMaxHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
      card.setTooltip(new Tooltip(s.description()));
      card.setOnAction(e -> onSample.accept(s));
      sampleCards.getChildren().add(card);
    }
    content.visibleProperty().bind(vm.datasetProperty().isNotNull());
    emptyState.visibleProperty().bind(vm.datasetProperty().isNull());
    summaryLabel.textProperty().bind(vm.summaryProperty());
    Tooltip summaryTip = new Tooltip();
    summaryTip.textProperty().bind(vm.summaryProperty());
    summaryLabel.setTooltip(summaryTip);
    importBar.visibleProperty().bind(vm.importingProperty());
    importBar.managedProperty().bind(vm.importingProperty());
    importMessage.textProperty().bind(vm.importMessageProperty());
    importProgress.progressProperty().bind(vm.importProgressProperty());
    cancelImportButton.setOnAction(e -> vm.cancelImport());
    errorBar.visibleProperty().bind(vm.importErrorProperty().isNotEmpty());
    errorBar.managedProperty().bind(errorBar.visibleProperty());
    errorLabel.textProperty().bind(vm.importErrorProperty());
    dismissErrorButton.setOnAction(e -> vm.clearImportError());
    roleWarning.textProperty().bind(vm.roleWarningProperty());
    roleWarning.visibleProperty().bind(vm.roleWarningProperty().isNotEmpty());
    roleWarning.managedProperty().bind(roleWarning.visibleProperty());
    issueBar.visibleProperty().bind(vm.issueWarningProperty().isNotEmpty());
    issueBar.managedProperty().bind(issueBar.visibleProperty());
    issueLabel.textProperty().bind(vm.issueWarningProperty());
    keepMissingButton.setOnAction(e -> vm.acceptIssues());
    ignoreIssueColumnsButton.setOnAction(e -> vm.ignoreIssueColumns());
    closeFileButton.setOnAction(e -> vm.closeDataset());
    labelExplanation.textProperty().bind(vm.labelExplanationProperty());
    labelExplanation.visibleProperty().bind(vm.labelExplanationProperty().isNotEmpty());
    labelExplanation.managedProperty().bind(labelExplanation.visibleProperty());
    seriesInfo.textProperty().bind(vm.seriesInfoProperty());
    seriesInfo.visibleProperty().bind(vm.seriesInfoProperty().isNotEmpty());
    seriesInfo.managedProperty().bind(seriesInfo.visibleProperty());
    // The empty state also lists samples and import errors must stay visible there.
    emptyState.getChildren().add(1, errorBarCopy());
    buildColumnsTable();
    rolesHint.setTooltip(new Tooltip(rolesHint.getText()));
    previewTable.setFixedCellSize(24);
    previewTable.itemsProperty().bind(vm.rowsProperty());
    vm.datasetProperty().addListener((o, a, b) -> {
      if (b == null || a == null || a.table() != b.table()) {
        buildPreviewColumns(b);
      }
    });
    buildPreviewColumns(vm.datasetProperty().get());
  }

  /**
   * Lists {@code projects} (recent project files) on the start screen, each opened by
   * {@code open} when clicked; the list hides itself while empty.
   */
  public void setRecentProjects(javafx.collections.ObservableList<java.nio.file.Path> projects,
      Consumer<java.nio.file.Path> open) {
    Label title = new Label("or continue a recent project:");
    title.getStyleClass().add("empty-text");
    VBox list = new VBox(4);
    list.setId("recentProjects");
    list.setAlignment(javafx.geometry.Pos.CENTER);
    list.setMaxWidth(600);
    Runnable rebuild = () -> {
      list.getChildren().clear();
      for (java.nio.file.Path p : projects) {
        javafx.scene.control.Hyperlink link = new javafx.scene.control.Hyperlink(p.getFileName() + "  —  " + p.getParent());
        link.setMnemonicParsing(false);
        link.setTooltip(new Tooltip("Open the project " + p));
        link.setOnAction(e -> open.accept(p));
        list.getChildren().add(link);
      }
      title.setVisible(!projects.isEmpty());
      title.setManaged(!projects.isEmpty());
    };
    projects.addListener((javafx.collections.ListChangeListener<java.nio.file.Path>) c -> rebuild.run());
    rebuild.run();
    emptyState.getChildren().addAll(title, list);
  }

  private Label errorBarCopy() {
    Label l = new Label();
    l.getStyleClass().add("inline-error");
    l.setWrapText(true);
    l.setMaxWidth(640);
    l.textProperty().bind(vm.importErrorProperty());
    l.visibleProperty().bind(vm.importErrorProperty().isNotEmpty().and(vm.datasetProperty().isNull()));
    l.managedProperty().bind(l.visibleProperty());
    return l;
  }

  private void buildColumnsTable() {
    columnsTable.setItems(vm.columns());
    columnsTable.setFixedCellSize(30);
    columnsTable.setPlaceholder(new Label("No columns."));
    columnsTable.getColumns().add(text("Column", 160, ColumnModel::name));
    columnsTable.getColumns().add(text("Type", 90, m -> m.kind().name().toLowerCase(java.util.Locale.ROOT)));
    TableColumn<ColumnModel, ColumnRole> role = new TableColumn<>("Role");
    role.setPrefWidth(130);
    role.setSortable(false);
    role.setCellValueFactory(cd -> cd.getValue().roleProperty());
    role.setCellFactory(c -> new RoleCell());
    columnsTable.getColumns().add(role);
    columnsTable.getColumns().add(summary("Missing", 70, (m, s) -> Format.count(s == null ? m.missingAtImport() : s.missing())));
    columnsTable.getColumns().add(summary("Min", 90, (m, s) -> s == null ? "…" : s.numeric() ? Format.score(s.min()) : "—"));
    columnsTable.getColumns().add(summary("Median", 90, (m, s) -> s == null ? "…" : s.numeric() ? Format.score(s.median()) : "—"));
    columnsTable.getColumns().add(summary("Max", 90, (m, s) -> s == null ? "…" : s.numeric() ? Format.score(s.max()) : "—"));
    columnsTable.getColumns().add(summary("Distinct", 84, (m, s) -> s == null ? "…"
        : s.distinct() >= ColumnSummary.DISTINCT_CAP ? "≥ " + Format.count(s.distinct()) : Format.count(s.distinct())));
    TableColumn<ColumnModel, ColumnSummary> dist = new TableColumn<>("Distribution");
    dist.setPrefWidth(150);
    dist.setSortable(false);
    dist.setCellValueFactory(cd -> cd.getValue().summaryProperty());
    dist.setCellFactory(c -> new DistributionCell());
    columnsTable.getColumns().add(dist);
  }

  private static TableColumn<ColumnModel, String> text(String title, double width, Function<ColumnModel, String> f) {
    TableColumn<ColumnModel, String> c = new TableColumn<>(title);
    c.setPrefWidth(width);
    c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(f.apply(cd.getValue())));
    return c;
  }

  private static TableColumn<ColumnModel, String> summary(String title, double width,
      java.util.function.BiFunction<ColumnModel, ColumnSummary, String> f) {
    TableColumn<ColumnModel, String> c = new TableColumn<>(title);
    c.setPrefWidth(width);
    c.getStyleClass().add("numeric-column");
    c.setCellValueFactory(cd -> {
      ColumnModel m = cd.getValue();
      javafx.beans.binding.StringBinding b = javafx.beans.binding.Bindings.createStringBinding(
          () -> f.apply(m, m.summaryProperty().get()), m.summaryProperty());
      return b;
    });
    return c;
  }

  private void buildPreviewColumns(Dataset d) {
    previewTable.getColumns().clear();
    if (d == null) {
      previewTitle.setText("Preview");
      return;
    }
    previewTitle.setText("Preview — all " + Format.count(d.rows()) + " rows (scroll to browse)");
    TableColumn<Integer, String> rowNo = new TableColumn<>("Row");
    rowNo.setPrefWidth(70);
    rowNo.setSortable(false);
    rowNo.getStyleClass().add("numeric-column");
    rowNo.setCellValueFactory(cd -> new ReadOnlyStringWrapper(Integer.toString(cd.getValue() + 1)));
    previewTable.getColumns().add(rowNo);
    for (Column<?> col : d.table().columns()) {
      TableColumn<Integer, String> c = new TableColumn<>(col.name());
      // Never JavaFX's default 80 px: a column at the default width is auto-sized on first show by
      // measuring its first 30 cells, which for every column of a wide file delays the window by a second.
      // Counting the characters of those cells' text instead costs microseconds.
      c.setPrefWidth(Math.max(84, Math.max(9 * col.name().length(), 8 * widestCell(col) + 18)));
      c.setSortable(false);
      c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(Format.cell(col, cd.getValue())));
      if (col instanceof tech.tablesaw.api.NumericColumn<?>) {
        c.getStyleClass().add("numeric-column");
      }
      previewTable.getColumns().add(c);
    }
  }

  private static int widestCell(Column<?> col) {
    int widest = 0;
    for (int row = 0; row < Math.min(30, col.size()); row++) {
      widest = Math.max(widest, Format.cell(col, row).length());
    }
    return widest;
  }

  /** An always-visible role picker, so changing a role is one click, not a double-click edit. */
  private final class RoleCell extends TableCell<ColumnModel, ColumnRole> {
    private final ComboBox<ColumnRole> box = new ComboBox<>();

    RoleCell() {
      box.getItems().setAll(ColumnRole.values());
      box.setMaxWidth(Double.MAX_VALUE);
      box.setConverter(new javafx.util.StringConverter<>() {
        @Override
        public String toString(ColumnRole r) {
          return r == null ? "" : RoleNames.of(r);
        }

        @Override
        public ColumnRole fromString(String s) {
          return null;
        }
      });
      // A role applies when the user commits it: a click on an item, or Enter. Arrow keys only
      // move through the list (on a closed box they open it), so passing "Label (0/1)" on the
      // way from Ignored to Feature never makes this column the label; Esc puts the role back.
      box.setOnAction(e -> {
        if (!box.isShowing()) {
          commit();
        }
      });
      box.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
        switch (e.getCode()) {
          case UP, DOWN -> {
            if (!box.isShowing()) {
              box.show();
              e.consume();
            }
          }
          case ENTER -> commit();
          case ESCAPE -> revert();
          default -> { }
        }
      });
      box.setOnShown(e -> {
        reverted = false;
        hookAutoHide();
      });
      // Esc and a click outside the list hide it "automatically": they put the role back. The
      // popup reports that just after it hid, so the decision waits for the next pulse.
      box.setOnHidden(e -> javafx.application.Platform.runLater(() -> {
        if (reverted) {
          revert();
        } else {
          commit();
        }
      }));
      box.focusedProperty().addListener((o, a, focused) -> {
        if (!focused && !box.isShowing()) {
          revert();
        }
      });
    }

    private boolean reverted;
    private javafx.stage.PopupWindow hookedPopup;

    /**
     * Marks Esc in the open list (its keys go to the list, not to the box) and an automatic hide
     * (a click elsewhere) as "put the role back".
     */
    private void hookAutoHide() {
      if (box.getSkin() instanceof javafx.scene.control.skin.ComboBoxListViewSkin<?> skin
          && skin.getPopupContent().getScene() != null
          && skin.getPopupContent().getScene().getWindow() instanceof javafx.stage.PopupWindow popup
          && popup != hookedPopup) {
        hookedPopup = popup;
        skin.getPopupContent().addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, k -> {
          if (k.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
            reverted = true;
          }
        });
        javafx.event.EventHandler<javafx.event.Event> previous = popup.getOnAutoHide();
        popup.setOnAutoHide(ev -> {
          reverted = true;
          if (previous != null) {
            previous.handle(ev);
          }
        });
      }
    }

    private ColumnModel model() {
      return getTableRow() == null ? null : getTableRow().getItem();
    }

    private void commit() {
      ColumnModel m = model();
      if (m != null && box.getValue() != null && box.getValue() != m.role()) {
        vm.setRole(m.name(), box.getValue());
      }
    }

    /** Shows the column's applied role again (Esc, or focus left without a commit). */
    private void revert() {
      reverted = true;
      ColumnModel m = model();
      if (m != null && box.getValue() != m.role()) {
        box.setValue(m.role());
      }
    }

    @Override
    protected void updateItem(ColumnRole role, boolean empty) {
      super.updateItem(role, empty);
      if (empty || role == null) {
        setGraphic(null);
        return;
      }
      ColumnModel m = getTableRow() == null ? null : getTableRow().getItem();
      box.setId(m == null ? null : "role-" + m.name());
      box.setValue(role);
      setGraphic(box);
    }
  }

  private static final class DistributionCell extends TableCell<ColumnModel, ColumnSummary> {
    private final MiniHistogram spark = new MiniHistogram();

    @Override
    protected void updateItem(ColumnSummary s, boolean empty) {
      super.updateItem(s, empty);
      if (empty || s == null) {
        setGraphic(null);
        setText(null);
        return;
      }
      if (s.numeric()) {
        spark.show(s.histogram());
        setGraphic(spark);
        setText(null);
      } else {
        setGraphic(null);
        setText(String.join(", ", s.topValues()));
      }
    }
  }


  /**
   * Adds "Open image folder…" beside "Open CSV…" in the toolbar and the empty state (the window
   * wires it; a view without it opens files only).
   */
  public void setOnOpenFolder(Runnable onOpenFolder) {
    for (Button beside : new Button[] {openButton, emptyOpenButton}) {
      Button b = new Button("Open image folder…");
      b.setId(beside == openButton ? "openFolder" : "emptyOpenFolder");
      b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
      b.setTooltip(new Tooltip("Open a folder of images; its sub-folders are the classes (Ctrl+Shift+F)"));
      b.setOnAction(e -> onOpenFolder.run());
      javafx.scene.layout.Pane row = (javafx.scene.layout.Pane) beside.getParent();
      row.getChildren().add(row.getChildren().indexOf(beside) + 1, b);
    }
  }

  /** The loaded-data layout, whose centre other views (images) replace while they apply. */
  public BorderPane content() {
    return content;
  }

  public StackPane root() {
    return root;
  }
}
