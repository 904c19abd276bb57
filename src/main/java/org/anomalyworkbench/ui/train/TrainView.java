package org.anomalyworkbench.ui.train;

import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
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
  @FXML private TableView<Map.Entry<String, String>> provenanceTable;

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
    resultsButton.setOnAction(e -> onShowResults.run());
    resultsButton.visibleProperty().bind(Bindings.isNotEmpty(vm.provenance()).and(vm.runningProperty().not()));
    resultsButton.managedProperty().bind(resultsButton.visibleProperty());
    chart = new LossChart(vm);
    chart.setId("lossChart");
    chartHolder.getChildren().add(chart);
    logScaleBox.selectedProperty().addListener((o, a, b) -> chart.setLogScale(b));
    planLabel.textProperty().bind(planDescription);
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
    outcomeLabel.getStyleClass().add("inline-success");
    messagesList.setItems(vm.messages());
    messagesList.setPlaceholder(new Label("Early stopping and loss warnings appear here."));
    provenanceTable.setItems(vm.provenance());
    provenanceTable.setPlaceholder(new Label("Train a detector to see how the model was made."));
    provenanceTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    TableColumn<Map.Entry<String, String>, String> key = new TableColumn<>("Property");
    key.setPrefWidth(130);
    key.setSortable(false);
    key.setCellValueFactory(cd -> new ReadOnlyStringWrapper(cd.getValue().getKey()));
    TableColumn<Map.Entry<String, String>, String> value = new TableColumn<>("Value");
    value.setSortable(false);
    value.setCellValueFactory(cd -> new ReadOnlyStringWrapper(cd.getValue().getValue()));
    provenanceTable.getColumns().add(key);
    provenanceTable.getColumns().add(value);
  }

  public StackPane root() {
    return root;
  }

  public LossChart chart() {
    return chart;
  }
}
