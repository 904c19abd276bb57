package org.anomalyworkbench.ui.results;

import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import org.anomalyworkbench.core.evaluation.series.SeriesFigures;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.anomalyworkbench.core.evaluation.ConfusionLookup;
import org.anomalyworkbench.core.evaluation.ConfusionMatrix;
import org.anomalyworkbench.ui.common.Format;

/**
 * ROC and PR curves with the current operating point, their areas, and the confusion matrix and
 * precision / recall / F1 at the threshold. Shown when the result has labels. The counts at the
 * threshold are one O(n) pass (core's confusion matrix), so they are recomputed at most once per
 * UI pulse and only while the panel is showing.
 */
public final class EvaluationPanel {
  private final ResultsViewModel vm;
  private final CurveCanvas roc;
  private final CurveCanvas pr;
  private final Label note = new Label();
  private final Label[] cells = new Label[4];
  private final Label metrics = new Label();
  private final HBox content;
  private ConfusionMatrix current;
  private ConfusionLookup lookup;
  private ResultsData lookupData;
  private boolean pending;

  public EvaluationPanel(ResultsViewModel vm, StackPane holder) {
    this.vm = vm;
    roc = new CurveCanvas(this::rocCurve);
    roc.setId("rocCurve");
    pr = new CurveCanvas(this::prCurve);
    pr.setId("prCurve");
    VBox side = new VBox(10, title("At the threshold"), confusionGrid(), metrics);
    side.setMinWidth(250);
    side.setPrefWidth(260);
    side.setPadding(new Insets(22, 8, 8, 8));
    metrics.setId("evaluationMetrics");
    metrics.setWrapText(true);
    metrics.getStyleClass().add("metrics-text");
    HBox.setHgrow(roc, Priority.ALWAYS);
    HBox.setHgrow(pr, Priority.ALWAYS);
    // A series adds event measures and the baseline below the metrics: scroll rather than cut them.
    javafx.scene.control.ScrollPane sideScroll = new javafx.scene.control.ScrollPane(side);
    sideScroll.setFitToWidth(true);
    sideScroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
    sideScroll.setMinWidth(270);
    sideScroll.setPrefWidth(280);
    sideScroll.getStyleClass().add("edge-to-edge");
    content = new HBox(4, roc, pr, sideScroll);
    content.getStyleClass().add("panel");
    note.getStyleClass().add("empty-note");
    note.setWrapText(true);
    holder.getChildren().addAll(content, note);
    vm.evaluationProperty().addListener((o, a, b) -> schedule());
    vm.thresholdProperty().addListener((o, a, b) -> schedule());
    vm.kOfNProperty().addListener((o, a, b) -> schedule());
    vm.dataProperty().addListener((o, a, b) -> schedule());
    holder.visibleProperty().addListener((o, a, b) -> schedule());
    holder.sceneProperty().addListener((o, a, b) -> schedule());
    refresh();
  }

  private static Label title(String text) {
    Label l = new Label(text);
    l.getStyleClass().add("subpanel-title");
    return l;
  }

  private GridPane confusionGrid() {
    GridPane g = new GridPane();
    g.setId("confusionMatrix");
    g.getStyleClass().add("confusion");
    g.setHgap(2);
    g.setVgap(2);
    g.getColumnConstraints().addAll(new ColumnConstraints(86), new ColumnConstraints(78), new ColumnConstraints(78));
    g.add(header("labelled →"), 0, 0);
    g.add(header("anomaly"), 1, 0);
    g.add(header("normal"), 2, 0);
    g.add(header("flagged"), 0, 1);
    g.add(header("not flagged"), 0, 2);
    String[] styles = {"cm-good", "cm-bad", "cm-bad", "cm-good"};
    for (int i = 0; i < 4; i++) {
      cells[i] = new Label();
      cells[i].getStyleClass().addAll("cm-cell", styles[i]);
      cells[i].setMaxWidth(Double.MAX_VALUE);
      cells[i].setAlignment(Pos.CENTER);
      g.add(cells[i], 1 + i % 2, 1 + i / 2);
    }
    return g;
  }

  private static Label header(String text) {
    Label l = new Label(text);
    l.getStyleClass().add("field-hint");
    return l;
  }

  private void schedule() {
    if (pending) {
      return;
    }
    pending = true;
    Platform.runLater(() -> {
      pending = false;
      refresh();
    });
  }

  private void refresh() {
    ResultsData d = vm.getData();
    EvaluationData e = vm.evaluationProperty().get();
    boolean labelled = d != null && d.hasLabels();
    boolean ready = labelled && e != null && e.roc().size() > 0;
    content.setVisible(ready);
    note.setVisible(!ready);
    if (!labelled) {
      note.setText("Evaluation needs a label column (0 = normal, 1 = anomaly): set one in the Data step and train again.");
      current = null;
      return;
    }
    if (e == null) {
      note.setText("Computing ROC and precision-recall curves…");
      return;
    }
    if (!ready) {
      note.setText(String.join(" ", e.summary().notes()));
      return;
    }
    if (!content.isVisible() || content.getScene() == null) {
      return;
    }
    if (lookupData != d) {
      lookup = new ConfusionLookup(d.ranked(), d.labels());
      lookupData = d;
    }
    // Smoothed decisions are not a threshold on the ranking: count them (O(n)) instead of looking up.
    current = vm.isSmoothed() ? ConfusionMatrix.of(vm.smoothedFlags(), d.labels()) : lookup.at(vm.getThreshold());
    cells[0].setText("TP " + Format.count(current.tp()));
    cells[1].setText("FP " + Format.count(current.fp()));
    cells[2].setText("FN " + Format.count(current.fn()));
    cells[3].setText("TN " + Format.count(current.tn()));
    metrics.setText("Precision  " + pct(current.precision()) + "\nRecall  " + pct(current.recall())
        + "\nF1  " + num(current.f1()) + "\nFalse positive rate  " + pct(current.falsePositiveRate())
        + "\n\nROC AUC  " + num(e.summary().rocAuc()) + "\nAverage precision (PR AUC)  "
        + num(e.summary().averagePrecision()) + "\nPrecision at k = " + Format.count(e.summary().k()) + "  "
        + pct(e.summary().precisionAtK()) + seriesText(e));
    roc.requestRedraw();
    pr.requestRedraw();
  }

  /** Event measures at the threshold and the baseline beside them, for a series; "" otherwise. */
  private String seriesText(EvaluationData e) {
    if (e.series() == null) {
      return "";
    }
    SeriesFigures.AtThreshold at = vm.isSmoothed() ? e.series().at(inTime(vm.smoothedFlags()))
        : e.series().atThreshold(vm.getThreshold());
    return "\n\nSeries: event recall  " + pct(at.detector().recall()) + "\nEvent precision  "
        + pct(at.detector().precision()) + "\nEvent F1  " + num(at.detector().f1()) + "\nVUS-PR  "
        + num(e.series().vusPr())
        + "\n\nBaseline (rolling z-score, 288 points), as many points flagged:\nROC AUC  "
        + num(e.series().baselineRocAuc()) + "  ·  AP  " + num(e.series().baselineAveragePrecision())
        + "\nVUS-PR  " + num(e.series().baselineVusPr()) + "  ·  event F1  " + num(at.baseline().f1());
  }

  /** File-order flags in the time order the series figures use. */
  private boolean[] inTime(boolean[] flags) {
    int[] rows = vm.timeOrder().inputRows();
    boolean[] out = new boolean[rows.length];
    for (int k = 0; k < rows.length; k++) {
      out[k] = flags[rows[k]];
    }
    return out;
  }

  private CurveCanvas.Curve rocCurve() {
    EvaluationData e = vm.evaluationProperty().get();
    if (e == null || current == null) {
      return null;
    }
    return new CurveCanvas.Curve("ROC (AUC " + num(e.summary().rocAuc()) + ")", "false positive rate",
        "true positive rate", e.roc().falsePositiveRate(), e.roc().truePositiveRate(), -1, true,
        current.falsePositiveRate(), current.recall());
  }

  private CurveCanvas.Curve prCurve() {
    EvaluationData e = vm.evaluationProperty().get();
    if (e == null || current == null) {
      return null;
    }
    double base = current.total() == 0 ? -1 : current.positives() / (double) current.total();
    return new CurveCanvas.Curve("PR (AP " + num(e.summary().averagePrecision()) + ")", "recall",
        "precision", e.pr().recall(), e.pr().precision(), base, false, current.recall(), current.precision());
  }

  private static String pct(double v) {
    return Double.isNaN(v) ? "–" : Format.percent(v);
  }

  private static String num(double v) {
    return Double.isNaN(v) ? "–" : String.format(java.util.Locale.ROOT, "%.3f", v);
  }
}
