package org.anomalyworkbench.ui.results;

import javafx.geometry.VPos;
import javafx.scene.Cursor;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.anomalyworkbench.core.scoring.ScoreHistogram;
import org.anomalyworkbench.ui.chart.ChartFrame;
import org.anomalyworkbench.ui.chart.ChartPalette;
import org.anomalyworkbench.ui.chart.ResizableCanvas;
import org.anomalyworkbench.ui.common.Format;

/**
 * The score histogram: bars per score bin (stacked normal/anomalous when labels exist, linear
 * or log counts, linear or log scores), the flagged range shaded, and a threshold line the user drags. Clicking a
 * bin selects its rows; bins holding selected rows are outlined. Dragging only sets the
 * ViewModel's threshold; the flagged count follows from the sorted scores.
 */
public final class HistogramCanvas extends ResizableCanvas {
  private static final double GRAB_PIXELS = 6;
  private final ResultsViewModel vm;
  private ChartFrame frame;
  private boolean dragging;
  private int hoverBin = -1;

  public HistogramCanvas(ResultsViewModel vm) {
    this.vm = vm;
    getStyleClass().add("histogram-canvas");
    vm.histogramProperty().addListener((o, a, b) -> requestRedraw());
    vm.thresholdProperty().addListener((o, a, b) -> requestRedraw());
    vm.highlightedBinsProperty().addListener((o, a, b) -> requestRedraw());
    vm.logCountsProperty().addListener((o, a, b) -> requestRedraw());
    vm.kOfNProperty().addListener((o, a, b) -> requestRedraw());
    setOnMousePressed(this::pressed);
    setOnMouseDragged(this::dragged);
    setOnMouseReleased(e -> {
      if (dragging) {
        vm.endThresholdDrag();
      }
      dragging = false;
    });
    setOnMouseMoved(this::moved);
    setOnMouseExited(e -> {
      hoverBin = -1;
      requestRedraw();
    });
  }

  /** The pixel x of the threshold line, for tests that drag it; NaN before the first paint. */
  public double thresholdPixel() {
    ScoreHistogram h = vm.histogramProperty().get();
    return frame == null || h == null ? Double.NaN : frame.px(h.toAxis(clampToRange(h, vm.getThreshold())));
  }

  /** The pixel centre of bin {@code b}'s base, for tests that click it. */
  public double[] binCenter(int b) {
    ScoreHistogram h = vm.histogramProperty().get();
    return new double[] {frame.px((h.toAxis(h.edge(b)) + h.toAxis(h.edge(b + 1))) / 2), frame.bottom - 2};
  }

  @Override
  protected void draw(GraphicsContext g, double w, double h, ChartPalette p) {
    ScoreHistogram hist = vm.histogramProperty().get();
    if (hist == null) {
      frame = null;
      return;
    }
    boolean log = vm.logCountsProperty().get();
    double top = log ? Math.log10(1 + hist.maxCount()) : hist.maxCount();
    java.util.function.DoubleFunction<String> countTick = v -> log ? countLabel(Math.pow(10, v) - 1) : countLabel(v);
    double left = ChartFrame.leftMarginFor(0, top * 1.08, 5, countTick, 58);
    // Labels get a row of their own above the plot, so the legend never covers bars or the threshold label.
    double topMargin = hist.hasLabels() || vm.isSmoothed() ? 38 : 22;
    frame = new ChartFrame(w, h, left, topMargin, 18, 44).x(hist.toAxis(hist.low()), hist.toAxis(hist.high()))
        .logX(hist.logAxis()).y(0, top * 1.08);
    frame.drawAxes(g, p, 8, 5, v -> scoreTick(hist, v), countTick);
    String xTitle = scoreName() + (hist.logAxis() ? "  (log scale)" : "")
        + (hist.clipped() ? "  (last bin includes higher scores)" : "");
    frame.drawTitles(g, p, xTitle, log ? "rows (log scale)" : "rows");

    double t = vm.getThreshold();
    double tx = frame.px(hist.toAxis(clampToRange(hist, t)));
    g.setFill(p.flaggedShade());
    g.fillRect(tx, frame.top, frame.right - tx, frame.height());

    boolean[] highlighted = vm.highlightedBinsProperty().get();
    int[] smoothed = vm.smoothedFlagsPerBin();
    for (int b = 0; b < hist.bins(); b++) {
      double x0 = frame.px(hist.toAxis(hist.edge(b)));
      double x1 = frame.px(hist.toAxis(hist.edge(b + 1)));
      double bw = Math.max(1, x1 - x0 - 1);
      int total = hist.count(b);
      int anomalous = hist.positives(b);
      double yTotal = frame.py(scale(total, log));
      double yNormal = frame.py(scale(total - anomalous, log));
      g.setFill(p.normal());
      g.fillRect(x0 + 0.5, yNormal, bw, frame.bottom - yNormal);
      if (anomalous > 0) {
        g.setFill(p.anomaly());
        g.fillRect(x0 + 0.5, yTotal, bw, yNormal - yTotal);
      }
      if (smoothed != null && smoothed[b] > 0) {
        // With k of n the flags are not "score >= threshold": outline what is flagged in each bin.
        double yFlagged = frame.py(scale(smoothed[b], log));
        g.setStroke(p.threshold());
        g.setLineWidth(1.5);
        g.strokeRect(x0 + 1.25, yFlagged, Math.max(0.5, bw - 1.5), frame.bottom - yFlagged);
      }
      boolean hl = highlighted != null && b < highlighted.length && highlighted[b];
      if (hl || b == hoverBin) {
        g.setStroke(hl ? p.highlight() : p.axis());
        g.setLineWidth(hl ? 2 : 1);
        double yTop = Math.min(yTotal, frame.bottom - 3);
        g.strokeRect(x0 + 0.5, yTop, bw, frame.bottom - yTop);
        if (hl) {
          g.setFill(p.highlight());
          g.fillOval(x0 + bw / 2 - 2.5, yTop - 9, 6, 6);
        }
      }
    }

    g.setStroke(p.threshold());
    g.setLineWidth(2);
    g.strokeLine(tx, frame.top, tx, frame.bottom);
    g.setFill(p.threshold());
    g.fillPolygon(new double[] {tx - 6, tx + 6, tx}, new double[] {frame.top - 8, frame.top - 8, frame.top}, 3);
    g.setFont(ChartFrame.TICK_FONT);
    g.setTextBaseline(VPos.BOTTOM);
    String label = "threshold " + Format.score(t);
    double labelWidth = org.anomalyworkbench.ui.chart.ChartText.width(label, ChartFrame.TICK_FONT);
    boolean leftSide = tx + 9 + labelWidth > w - 2;
    g.setTextAlign(leftSide ? TextAlignment.RIGHT : TextAlignment.LEFT);
    org.anomalyworkbench.ui.chart.ChartText.fill(g, label, leftSide ? Math.max(labelWidth + 2, tx - 9) : tx + 9,
        frame.top - 2);
    drawLegend(g, p, hist);
    drawHover(g, p, hist);
  }

  /** One row above the plot, right-aligned: two swatches and their names. */
  private void drawLegend(GraphicsContext g, ChartPalette p, ScoreHistogram hist) {
    boolean smoothed = vm.isSmoothed();
    if (!hist.hasLabels() && !smoothed) {
      return;
    }
    g.setFont(ChartFrame.TICK_FONT);
    g.setTextAlign(TextAlignment.LEFT);
    g.setTextBaseline(VPos.CENTER);
    java.util.List<String> texts = new java.util.ArrayList<>();
    java.util.List<javafx.scene.paint.Color> colours = new java.util.ArrayList<>();
    if (hist.hasLabels()) {
      texts.add("labelled normal");
      colours.add(p.normal());
      texts.add("labelled anomaly");
      colours.add(p.anomaly());
    }
    if (smoothed) {
      texts.add("flagged (" + vm.kOfNProperty().get().k() + " of " + vm.kOfNProperty().get().n() + ")");
      colours.add(null); // an outline, as drawn on the bars
    }
    double total = 0;
    for (String t : texts) {
      total += 14 + org.anomalyworkbench.ui.chart.ChartText.width(t, ChartFrame.TICK_FONT) + 14;
    }
    double y = 9;
    double x = Math.max(frame.left, frame.right - total + 14);
    for (int i = 0; i < texts.size(); i++) {
      if (colours.get(i) == null) {
        g.setStroke(p.threshold());
        g.setLineWidth(1.5);
        g.strokeRect(x + 0.75, y - 4.25, 8.5, 8.5);
      } else {
        g.setFill(colours.get(i));
        g.fillRect(x, y - 5, 10, 10);
      }
      g.setFill(p.text());
      org.anomalyworkbench.ui.chart.ChartText.fill(g, texts.get(i), x + 14, y);
      x += 14 + org.anomalyworkbench.ui.chart.ChartText.width(texts.get(i), ChartFrame.TICK_FONT) + 14;
    }
  }


  private void drawHover(GraphicsContext g, ChartPalette p, ScoreHistogram hist) {
    if (hoverBin < 0 || hoverBin >= hist.bins()) {
      return;
    }
    String text = Format.score(hist.edge(hoverBin)) + " – " + Format.score(hist.edge(hoverBin + 1)) + ": "
        + Format.count(hist.count(hoverBin)) + " rows"
        + (hist.hasLabels() ? ", " + Format.count(hist.positives(hoverBin)) + " labelled anomalies" : "")
        + " · click to list them";
    g.setFont(ChartFrame.TICK_FONT);
    g.setTextAlign(TextAlignment.LEFT);
    g.setTextBaseline(VPos.TOP);
    g.setFill(Color.color(p.background().getRed(), p.background().getGreen(), p.background().getBlue(), 0.85));
    g.fillRect(frame.left + 6, frame.top + 4, Math.min(frame.width() - 12, text.length() * 6.2 + 10), 18);
    g.setFill(p.text());
    g.fillText(text, frame.left + 11, frame.top + 6);
  }

  private String scoreName() {
    ResultsData d = vm.getData();
    return d == null || d.scoreName() == null ? "score" : d.scoreName();
  }

  /** A score tick label; decades far from 1 on a log axis read "1e-5" rather than "1.000e-05". */
  static String scoreTick(ScoreHistogram h, double axisValue) {
    double decade = Math.rint(axisValue);
    if (h.logAxis() && Math.abs(axisValue - decade) < 1e-9 && (decade < -2 || decade > 4)) {
      return "1e" + (long) decade;
    }
    return Format.score(h.fromAxis(axisValue));
  }

  private static double scale(double count, boolean log) {
    return log ? Math.log10(1 + count) : count;
  }

  private static String countLabel(double v) {
    return Format.count(Math.round(v));
  }

  private static double clampToRange(ScoreHistogram h, double t) {
    return Double.isNaN(t) ? h.high() : Math.max(h.low(), Math.min(h.high(), t));
  }

  private void pressed(MouseEvent e) {
    ScoreHistogram hist = vm.histogramProperty().get();
    if (frame == null || hist == null || e.getButton() != MouseButton.PRIMARY) {
      return;
    }
    if (Math.abs(e.getX() - thresholdPixel()) <= GRAB_PIXELS || e.isShiftDown()) {
      dragging = true;
      vm.beginThresholdDrag();
      dragged(e);
    } else if (frame.contains(e.getX(), e.getY())) {
      vm.selectBin(hist.binOf(hist.fromAxis(frame.valueX(e.getX()))));
    }
  }

  private void dragged(MouseEvent e) {
    ScoreHistogram hist = vm.histogramProperty().get();
    if (!dragging || frame == null || hist == null) {
      return;
    }
    double x = Math.max(frame.left, Math.min(frame.right, e.getX()));
    vm.thresholdProperty().set(hist.fromAxis(frame.valueX(x)));
  }

  private void moved(MouseEvent e) {
    ScoreHistogram hist = vm.histogramProperty().get();
    if (frame == null || hist == null) {
      return;
    }
    boolean nearLine = Math.abs(e.getX() - thresholdPixel()) <= GRAB_PIXELS;
    setCursor(nearLine ? Cursor.H_RESIZE : frame.contains(e.getX(), e.getY()) ? Cursor.HAND : Cursor.DEFAULT);
    int bin = !nearLine && frame.contains(e.getX(), e.getY()) ? hist.binOf(hist.fromAxis(frame.valueX(e.getX()))) : -1;
    if (bin != hoverBin) {
      hoverBin = bin;
      requestRedraw();
    }
  }
}
