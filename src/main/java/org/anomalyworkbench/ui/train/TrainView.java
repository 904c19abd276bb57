package org.anomalyworkbench.ui.train;

import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.anomalyworkbench.ui.common.Fxml;

/** The train step: Train/Cancel, progress with rate and ETA, live loss chart, messages, provenance. */
public final class TrainView {
  @FXML private StackPane root;
  @FXML private Label planLabel;
  @FXML private Button trainButton;
  @FXML private Button cancelButton;
  @FXML private ProgressBar progressBar;
  @FXML private Label progressLabel;
  @FXML private Label outcomeLabel;
  @FXML private Button resultsButton;
  @FXML private CheckBox logScaleBox;
  @FXML private StackPane chartHolder;
  @FXML private ListView<String> messagesList;
  @FXML private GridPane provenanceGrid;
  @FXML private Label provenanceEmpty;
  @FXML private Label lossHint;

  private final LossChart chart;

  /**
   * @param vm the train state
   * @param onTrain starts a run with the detector step's settings
   * @param canTrain whether the data and detector steps are ready
   * @param planDescription what would be trained, e.g. "Autoencoder on cardio (1,831 rows)"
   * @param onShowResults navigates to the results step
   */
  public TrainView(TrainViewModel vm, Runnable onTrain, ObservableBooleanValue canTrain,
      javafx.beans.value.ObservableStringValue planDescription, Runnable onShowResults) {
    Fxml.load(this);
    lossHint.setTooltip(new javafx.scene.control.Tooltip(lossHint.getText()));
    resultsButton.setOnAction(e -> onShowResults.run());
    resultsButton.visibleProperty().bind(Bindings.isNotEmpty(vm.provenance()).and(vm.runningProperty().not()));
    resultsButton.managedProperty().bind(resultsButton.visibleProperty());
    chart = new LossChart(vm);
    chart.setId("lossChart");
    chartHolder.getChildren().add(chart);
    logScaleBox.selectedProperty().addListener((o, a, b) -> chart.setLogScale(b));
    planLabel.textProperty().bind(planDescription);
    javafx.scene.control.Tooltip planTip = new javafx.scene.control.Tooltip();
    planTip.textProperty().bind(planDescription);
    planLabel.setTooltip(planTip);
    trainButton.setOnAction(e -> onTrain.run());
    trainButton.disableProperty().bind(vm.runningProperty().or(Bindings.not(canTrain)));
    cancelButton.setOnAction(e -> vm.cancel());
    cancelButton.disableProperty().bind(vm.runningProperty().not());
    progressBar.progressProperty().bind(vm.progressProperty());
    progressLabel.textProperty().bind(vm.progressTextProperty());
    outcomeLabel.textProperty().bind(vm.outcomeTextProperty());
    outcomeLabel.visibleProperty().bind(vm.outcomeTextProperty().isNotEmpty());
    outcomeLabel.managedProperty().bind(outcomeLabel.visibleProperty());
    vm.failedProperty().addListener((o, a, b) -> {
      outcomeLabel.getStyleClass().removeAll("inline-error", "inline-success");
      outcomeLabel.getStyleClass().add(b ? "inline-error" : "inline-success");
    });
    outcomeLabel.getStyleClass().add(vm.failedProperty().get() ? "inline-error" : "inline-success");
    messagesList.setItems(vm.messages());
    // Messages wrap to the list's width instead of running off to the side.
    messagesList.setCellFactory(list -> new javafx.scene.control.ListCell<>() {
      {
        setWrapText(true);
        prefWidthProperty().bind(list.widthProperty().subtract(24));
        setMaxWidth(Region.USE_PREF_SIZE);
      }

      @Override
      protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty ? null : item);
      }
    });
    messagesList.setPlaceholder(new Label("Early stopping and loss warnings appear here."));
    vm.provenance().addListener((javafx.collections.ListChangeListener<Map.Entry<String, String>>) c -> showProvenance(vm));
    showProvenance(vm);
  }

  /** Key/value lines that wrap, so hashes and configurations are readable in full. */
  private void showProvenance(TrainViewModel vm) {
    provenanceGrid.getChildren().clear();
    provenanceGrid.getColumnConstraints().setAll(new ColumnConstraints(110, 120, 140),
        new ColumnConstraints(100, 200, Double.MAX_VALUE, Priority.ALWAYS, javafx.geometry.HPos.LEFT, true));
    int row = 0;
    for (Map.Entry<String, String> e : vm.provenance()) {
      Label key = new Label(e.getKey());
      key.getStyleClass().add("field-hint");
      Label value = new Label(e.getValue());
      value.setWrapText(true);
      value.setMinHeight(Region.USE_PREF_SIZE);
      provenanceGrid.add(key, 0, row);
      provenanceGrid.add(value, 1, row);
      row++;
    }
    provenanceEmpty.setVisible(vm.provenance().isEmpty());
  }

  public StackPane root() {
    return root;
  }

  public LossChart chart() {
    return chart;
  }
}
