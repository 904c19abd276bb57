package org.anomalyworkbench.ui.results;

import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.anomalyworkbench.ui.common.Format;
import org.anomalyworkbench.ui.common.Fxml;

/**
 * The results step: threshold toolbar, score histogram, projection and evaluation tabs, the
 * records table and the row detail, all bound to one {@link ResultsViewModel}.
 */
public final class ResultsView {
  @FXML private StackPane root;
  @FXML private BorderPane content;
  @FXML private VBox emptyState;
  @FXML private Button goTrainButton;
  @FXML private ComboBox<ThresholdStrategy> strategyBox;
  @FXML private Label parameterLabel;
  @FXML private TextField parameterField;
  @FXML private Button applyButton;
  @FXML private TextField thresholdField;
  @FXML private Label flaggedLabel;
  @FXML private Label thresholdHint;
  /** Why the threshold differs from what its rule says (ties), or where a saved one came from. */
  @FXML private Label thresholdNote;
  @FXML private Label strategyMessage;
  @FXML private Label staleLabel;
  @FXML private ToggleButton logToggle;
  @FXML private ToggleButton logScoresToggle;
  @FXML private Button exportButton;
  @FXML private StackPane histogramHolder;
  @FXML private StackPane scatterHolder;
  @FXML private Label projectionNote;
  @FXML private StackPane evaluationHolder;
  @FXML private SplitPane leftSplit;
  @FXML private javafx.scene.control.TabPane lowerTabs;
  @FXML private javafx.scene.control.TabPane recordsTabs;
  @FXML private Label recordsTitle;
  @FXML private TextField searchField;
  @FXML private Spinner<Integer> topKSpinner;
  @FXML private HBox selectionChip;
  @FXML private Label selectionLabel;
  @FXML private Button clearSelectionButton;
  @FXML private TableView<Integer> recordsTable;
  @FXML private Label detailTitle;
  @FXML private SplitPane detailSplit;
  @FXML private TableView<RowDetail.Value> valuesTable;
  @FXML private StackPane contributionHolder;
  /** The detail's "What drives the score" column, where the Shapley panel adds its button. */
  @FXML private VBox driversBox;
  @FXML private Label detailEmpty;

  private final ResultsViewModel vm;
  private final HistogramCanvas histogram;
  private final ScatterCanvas scatter;

  /**
   * @param vm the shared results state
   * @param onExport asks the user for a file and exports the flagged rows
   * @param onGoToDetector navigates to the detector step (from the empty state)
   */
  public ResultsView(ResultsViewModel vm, Runnable onExport, Runnable onGoToDetector) {
    this.vm = vm;
    Fxml.load(this);
    histogram = new HistogramCanvas(vm);
    histogram.setId("histogram");
    histogramHolder.getChildren().add(histogram);
    scatter = new ScatterCanvas(vm);
    scatter.setId("scatter");
    scatterHolder.getChildren().add(0, scatter);
    new RecordsTable(recordsTable, vm);
    new EvaluationPanel(vm, evaluationHolder);
    new DetailPanel(vm, detailTitle, valuesTable, contributionHolder, detailSplit, detailEmpty);
    bindToolbar();
    bindRecordsHeader();
    content.visibleProperty().bind(vm.dataProperty().isNotNull());
    emptyState.visibleProperty().bind(vm.dataProperty().isNull());
    projectionNote.textProperty().bind(vm.projectionNoteProperty());
    projectionNote.visibleProperty().bind(vm.projectionProperty().isNull());
    scatter.visibleProperty().bind(vm.projectionProperty().isNotNull());
    exportButton.setOnAction(e -> onExport.run());
    exportButton.setTooltip(new Tooltip("Write the flagged rows with their scores to a CSV file (Ctrl+E)"));
    goTrainButton.setOnAction(e -> onGoToDetector.run());
  }

  private void bindToolbar() {
    strategyBox.getItems().setAll(ThresholdStrategy.values());
    strategyBox.valueProperty().bindBidirectional(vm.strategyProperty());
    parameterField.textProperty().bindBidirectional(vm.strategyParameterProperty());
    Runnable updateParam = () -> {
      ThresholdStrategy s = vm.strategyProperty().get();
      boolean has = s != null && s.parameter() != null;
      parameterLabel.setText(has ? s.parameter() : "");
      parameterLabel.setVisible(has);
      parameterField.setVisible(has);
      parameterField.setManaged(has);
      parameterLabel.setManaged(has);
      applyButton.setDisable(s == null || s == ThresholdStrategy.FIXED);
      strategyBox.setTooltip(s == null ? null : new Tooltip(s.help()));
    };
    vm.strategyProperty().addListener((o, a, b) -> updateParam.run());
    updateParam.run();
    applyButton.setOnAction(e -> vm.applyStrategy());
    parameterField.setOnAction(e -> vm.applyStrategy());
    strategyBox.setOnAction(e -> {
      ThresholdStrategy s = strategyBox.getValue();
      if (s != null && s != ThresholdStrategy.FIXED && s.parameter() == null) {
        vm.applyStrategy();
      }
    });
    strategyMessage.textProperty().bind(vm.strategyErrorProperty());
    strategyMessage.visibleProperty().bind(vm.strategyErrorProperty().isNotEmpty());
    strategyMessage.managedProperty().bind(strategyMessage.visibleProperty());
    thresholdNote.textProperty().bind(vm.thresholdNoteProperty());
    thresholdNote.visibleProperty().bind(vm.thresholdNoteProperty().isNotEmpty());
    thresholdNote.managedProperty().bind(thresholdNote.visibleProperty());

    vm.thresholdProperty().addListener((o, a, b) -> {
      if (!thresholdField.isFocused()) {
        thresholdField.setText(Format.score(b.doubleValue()));
      }
    });
    if (vm.getData() != null) {
      thresholdField.setText(Format.score(vm.getThreshold()));
    }
    thresholdField.setOnAction(e -> commitThreshold());
    thresholdField.focusedProperty().addListener((o, a, focused) -> {
      if (!focused) {
        commitThreshold();
      }
    });
    thresholdField.setTooltip(new Tooltip("Rows with a score at or above this value are flagged. Press Enter to apply."));
    // On a narrow window the hint gives way first; its tooltip keeps it readable.
    thresholdHint.setTooltip(new Tooltip(thresholdHint.getText()));
    // Beside the threshold it smooths (after its hint); the control hides itself without a series.
    javafx.scene.layout.Pane row = (javafx.scene.layout.Pane) thresholdField.getParent();
    row.getChildren().add(row.getChildren().indexOf(thresholdField) + 2, new KOfNControl(vm).node());
    flaggedLabel.textProperty().bind(Bindings.createStringBinding(() -> {
      ResultsData d = vm.getData();
      if (d == null) {
        return "";
      }
      return "Flagged " + Format.count(vm.flaggedCountProperty().get()) + " of " + Format.count(d.rows())
          + " rows (" + Format.percent(vm.flaggedRateProperty().get()) + ")";
    }, vm.flaggedCountProperty(), vm.dataProperty()));
    // Both give way on a narrow window (a million rows make the count long); tooltips keep them whole.
    Tooltip flaggedTip = new Tooltip();
    flaggedTip.textProperty().bind(flaggedLabel.textProperty());
    flaggedLabel.setTooltip(flaggedTip);
    Tooltip staleTip = new Tooltip();
    staleTip.textProperty().bind(vm.noticeProperty());
    staleLabel.setTooltip(staleTip);
    staleLabel.textProperty().bind(vm.noticeProperty());
    staleLabel.visibleProperty().bind(vm.noticeProperty().isNotEmpty());
    staleLabel.managedProperty().bind(staleLabel.visibleProperty());
    logToggle.selectedProperty().bindBidirectional(vm.logCountsProperty());
    logToggle.setTooltip(new Tooltip("Show bar heights on a log scale, so small bins stay visible"));
    logScoresToggle.selectedProperty().bindBidirectional(vm.logScoresProperty());
    logScoresToggle.disableProperty().bind(vm.logScoresPossibleProperty().not());
    logScoresToggle.setTooltip(new Tooltip("Bin scores on a log scale, for scores spread over orders of magnitude "
        + "(needs every score above 0)"));
  }

  private void commitThreshold() {
    String text = thresholdField.getText();
    if (text == null || text.isBlank() || vm.getData() == null) {
      return;
    }
    if (text.trim().equals(Format.score(vm.getThreshold()))) {
      return;
    }
    String error = vm.setThresholdText(text);
    thresholdField.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("invalid"), error != null);
    thresholdField.setTooltip(new Tooltip(error != null ? error
        : "Rows with a score at or above this value are flagged. Press Enter to apply."));
  }

  private void bindRecordsHeader() {
    searchField.textProperty().bindBidirectional(vm.textFilterProperty());
    SpinnerValueFactory.IntegerSpinnerValueFactory topK =
        new SpinnerValueFactory.IntegerSpinnerValueFactory(0, Integer.MAX_VALUE, 0, 10);
    topK.setConverter(new javafx.util.StringConverter<>() {
      @Override
      public String toString(Integer v) {
        return v == null || v == 0 ? "all" : Integer.toString(v);
      }

      @Override
      public Integer fromString(String s) {
        try {
          return s == null || s.isBlank() || s.trim().equalsIgnoreCase("all") ? 0 : Math.max(0, Integer.parseInt(s.trim()));
        } catch (NumberFormatException e) {
          return 0;
        }
      }
    });
    topKSpinner.setValueFactory(topK);
    topK.valueProperty().addListener((o, a, b) -> vm.topKProperty().set(b == null ? 0 : b));
    topKSpinner.setTooltip(new Tooltip("Show only the k highest-scoring rows (all = no limit)"));
    selectionChip.visibleProperty().bind(vm.filterProperty().isNotNull());
    selectionChip.managedProperty().bind(selectionChip.visibleProperty());
    selectionLabel.textProperty().bind(Bindings.createStringBinding(() -> {
      RowSelection f = vm.filterProperty().get();
      return f == null ? "" : "Showing " + Format.count(f.size()) + " selected rows: " + f.description();
    }, vm.filterProperty()));
    clearSelectionButton.setOnAction(e -> vm.clearSelection());
    recordsTitle.textProperty().bind(Bindings.createStringBinding(
        () -> vm.filterProperty().get() == null ? "Flagged records" : "Selected records", vm.filterProperty()));
  }

  public StackPane root() {
    return root;
  }

  public HistogramCanvas histogram() {
    return histogram;
  }

  public ScatterCanvas scatter() {
    return scatter;
  }

  /** The tabs under the histogram (projection, evaluation), where other views add theirs. */
  public javafx.scene.control.TabPane lowerTabs() {
    return lowerTabs;
  }

  /** The tabs of the records area (flagged rows), where other views add theirs. */
  public javafx.scene.control.TabPane recordsTabs() {
    return recordsTabs;
  }

  /** The detail panel's column of what drives the focused row's score. */
  VBox driversBox() {
    return driversBox;
  }

  /** The split between the histogram and the lower tabs. */
  public SplitPane leftSplit() {
    return leftSplit;
  }
}
