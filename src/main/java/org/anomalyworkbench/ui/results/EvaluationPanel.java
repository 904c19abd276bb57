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
import javafx.scene.layout.Region;
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
  /** Name / value rows: names wrap, values keep their width, so no number is ever cut. */
  private final GridPane metrics = new GridPane();
  private final javafx.scene.control.ScrollPane content;
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
    side.setPadding(new Insets(22, 8, 8, 8));
    metrics.setId("evaluationMetrics");
    metrics.getStyleClass().add("metrics-text");
    metrics.setHgap(10);
    metrics.setVgap(2);
    metrics.getColumnConstraints().setAll(
        new ColumnConstraints(60, 150, Double.MAX_VALUE, Priority.ALWAYS, javafx.geometry.HPos.LEFT, true),
        new ColumnConstraints(Region.USE_PREF_SIZE, Region.USE_COMPUTED_SIZE, Region.USE_PREF_SIZE,
            Priority.NEVER, javafx.geometry.HPos.RIGHT, false));
    // A series adds event measures and the baseline below the metrics: scroll rather than cut them.
    javafx.scene.control.ScrollPane sideScroll = new javafx.scene.control.ScrollPane(side);
    sideScroll.setFitToWidth(true);
    sideScroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
    sideScroll.getStyleClass().add("edge-to-edge");
    // Wide: ROC | PR | numbers. Narrow (a laptop window): the curves side by side, the numbers
    // under them, and the tab scrolls.
    Layout layout = new Layout(roc, pr, sideScroll, side);
    layout.getStyleClass().add("panel");
    content = new javafx.scene.control.ScrollPane(layout);
    content.setFitToWidth(true);
    content.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
    content.getStyleClass().add("edge-to-edge");
    content.viewportBoundsProperty().addListener((o, a, b) -> layout.setViewportHeight(b.getHeight()));
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
    g.getColumnConstraints().addAll(new ColumnConstraints(78, 86, 110),
        new ColumnConstraints(64, 78, 140, Priority.SOMETIMES, javafx.geometry.HPos.CENTER, true),
        new ColumnConstraints(64, 78, 140, Priority.SOMETIMES, javafx.geometry.HPos.CENTER, true));
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
    l.setMinWidth(Region.USE_PREF_SIZE);
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
    cell(0, "TP", current.tp(), "labelled anomalies flagged (true positives)");
    cell(1, "FP", current.fp(), "normal rows flagged (false positives)");
    cell(2, "FN", current.fn(), "labelled anomalies not flagged (false negatives)");
    cell(3, "TN", current.tn(), "normal rows not flagged (true negatives)");
    java.util.List<String[]> rows = new java.util.ArrayList<>(java.util.List.of(
        new String[] {"Precision", pct(current.precision())}, new String[] {"Recall", pct(current.recall())},
        new String[] {"F1", num(current.f1())}, new String[] {"False positive rate", pct(current.falsePositiveRate())},
        new String[] {}, new String[] {"ROC AUC", num(e.summary().rocAuc())},
        new String[] {"Average precision (PR AUC)", num(e.summary().averagePrecision())},
        new String[] {"Precision at k = " + Format.count(e.summary().k()), pct(e.summary().precisionAtK())}));
    rows.addAll(seriesRows(e));
    showMetrics(rows);
    roc.requestRedraw();
    pr.requestRedraw();
  }

  /**
   * A confusion cell: the exact count up to 9,999, a short one ("23.4k", "961k") above, so that
   * it fits the cell on any window; the tooltip has the exact count.
   */
  private void cell(int i, String name, long count, String meaning) {
    cells[i].setText(name + " " + (count < 10_000 ? Format.count(count) : Format.compact(count)));
    cells[i].setTooltip(new javafx.scene.control.Tooltip(name + " " + Format.count(count) + ": " + meaning));
  }

  /** Rows of {name, value}; {} is a gap, {text} a heading across both columns. */
  private void showMetrics(java.util.List<String[]> rows) {
    metrics.getChildren().clear();
    int r = 0;
    for (String[] row : rows) {
      if (row.length == 0) {
        Region gap = new Region();
        gap.setMinHeight(8);
        metrics.add(gap, 0, r++, 2, 1);
      } else if (row.length == 1) {
        Label heading = new Label(row[0]);
        heading.setWrapText(true);
        heading.setMinHeight(Region.USE_PREF_SIZE);
        metrics.add(heading, 0, r++, 2, 1);
      } else {
        Label name = new Label(row[0]);
        name.setWrapText(true);
        name.setMinHeight(Region.USE_PREF_SIZE);
        Label value = new Label(row[1]);
        value.setMinWidth(Region.USE_PREF_SIZE);
        value.getStyleClass().add("metric-value");
        metrics.add(name, 0, r);
        metrics.add(value, 1, r++);
      }
    }
  }

  /** Event measures at the threshold and the baseline beside them, for a series; none otherwise. */
  private java.util.List<String[]> seriesRows(EvaluationData e) {
    if (e.series() == null) {
      return java.util.List.of();
    }
    SeriesFigures.AtThreshold at = vm.isSmoothed() ? e.series().at(inTime(vm.smoothedFlags()))
        : e.series().atThreshold(vm.getThreshold());
    return java.util.List.of(new String[] {}, new String[] {"Series: event recall", pct(at.detector().recall())},
        new String[] {"Event precision", pct(at.detector().precision())},
        new String[] {"Event F1", num(at.detector().f1())}, new String[] {"VUS-PR", num(e.series().vusPr())},
        new String[] {}, new String[] {"Baseline (rolling z-score, 288 points), as many points flagged:"},
        new String[] {"ROC AUC", num(e.series().baselineRocAuc())},
        new String[] {"AP", num(e.series().baselineAveragePrecision())},
        new String[] {"VUS-PR", num(e.series().baselineVusPr())},
        new String[] {"Event F1", num(at.baseline().f1())});
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

  /** ROC | PR | numbers when wide; the curves side by side above the numbers when narrow. */
  static final class Layout extends Region {
    static final double WIDE = 640;
    static final double SIDE = 270;
    private final javafx.scene.Node roc;
    private final javafx.scene.Node pr;
    private final Region side;
    private final Region sideContent;
    private double viewportHeight = 240;

    Layout(javafx.scene.Node roc, javafx.scene.Node pr, Region side, Region sideContent) {
      this.roc = roc;
      this.pr = pr;
      this.side = side;
      this.sideContent = sideContent;
      getChildren().addAll(roc, pr, side);
    }

    void setViewportHeight(double h) {
      viewportHeight = h;
      requestLayout();
    }

    private static double curveHeight(double w) {
      return Math.max(200, Math.min(320, (w - 4) / 2 + 30));
    }

    @Override
    protected double computePrefHeight(double width) {
      double w = width < 0 ? getWidth() : width;
      return w >= WIDE || w <= 0 ? viewportHeight : curveHeight(w) + 6 + sideContent.prefHeight(w) + 4;
    }

    @Override
    protected double computeMinHeight(double width) {
      return computePrefHeight(width);
    }

    @Override
    protected double computePrefWidth(double height) {
      return 300;
    }

    @Override
    protected double computeMinWidth(double height) {
      return 0;
    }

    @Override
    protected void layoutChildren() {
      double w = getWidth();
      double h = getHeight();
      if (w >= WIDE) {
        double cw = (w - SIDE - 8) / 2;
        roc.resizeRelocate(0, 0, cw, h);
        pr.resizeRelocate(cw + 4, 0, cw, h);
        side.resizeRelocate(w - SIDE, 0, SIDE, h);
      } else {
        double ch = curveHeight(w);
        double cw = (w - 4) / 2;
        roc.resizeRelocate(0, 0, cw, ch);
        pr.resizeRelocate(cw + 4, 0, cw, ch);
        side.resizeRelocate(0, ch + 6, w, Math.max(0, h - ch - 6));
      }
    }
  }
}
