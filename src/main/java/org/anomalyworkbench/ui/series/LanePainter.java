package org.anomalyworkbench.ui.series;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.anomalyworkbench.ui.chart.ChartFrame;
import org.anomalyworkbench.ui.chart.ChartPalette;
import org.anomalyworkbench.ui.chart.Ticks;
import org.anomalyworkbench.ui.common.Format;

/**
 * Paints one lane of the series view from its decimated columns: background, y grid with a
 * few ticks, flagged columns shaded, labelled columns as a band along the top, and the values
 * as one min/max polyline (one vertical stroke per pixel column, joined to the next column).
 */
final class LanePainter {
  /** Height of the labelled-anomaly band at the top of each lane. */
  static final double LABEL_BAND = 5;

  private LanePainter() {
  }

  /** The y range a lane shows: the visible values (and {@code include}, if finite) with a little air. */
  static double[] yRange(MinMaxDecimation.Columns c, double include) {
    double lo = c.low();
    double hi = c.high();
    if (Double.isFinite(include)) {
      lo = Double.isNaN(lo) ? include : Math.min(lo, include);
      hi = Double.isNaN(hi) ? include : Math.max(hi, include);
    }
    if (!Double.isFinite(lo) || !Double.isFinite(hi)) {
      return new double[] {0, 1};
    }
    double pad = hi > lo ? (hi - lo) * 0.08 : Math.max(1e-9, Math.abs(lo) * 0.1 + 0.5);
    return new double[] {lo - pad, hi + pad};
  }

  /**
   * @param c the lane's values per column
   * @param marks the columns' flagged and labelled marks (the score lane's: the same for every lane)
   */
  static void paint(GraphicsContext g, ChartPalette p, ChartFrame f, MinMaxDecimation.Columns c,
      MinMaxDecimation.Columns marks, double[] xTicks, String name, Color line) {
    g.setFill(p.background());
    g.fillRect(f.left, f.top, f.width(), f.height());
    g.setLineWidth(1);
    g.setStroke(p.grid());
    for (double x : xTicks) {
      g.strokeLine(Math.round(x) + 0.5, f.top, Math.round(x) + 0.5, f.bottom);
    }
    g.setFont(ChartFrame.TICK_FONT);
    g.setTextAlign(TextAlignment.RIGHT);
    g.setTextBaseline(VPos.CENTER);
    g.setFill(p.axis());
    int yTicks = f.height() > 90 ? 4 : 2;
    for (double v : Ticks.nice(f.valueY(f.bottom), f.valueY(f.top), yTicks)) {
      double y = Math.round(f.py(v)) + 0.5;
      g.setStroke(p.grid());
      g.strokeLine(f.left, y, f.right, y);
      g.fillText(Format.number(v, 4), f.left - 5, y);
    }
    shadeRuns(g, marks.flagged(), f, f.top, f.height(), p.flaggedShade());
    shadeRuns(g, marks.labelled(), f, f.top, LABEL_BAND, p.anomaly());
    g.setStroke(line);
    g.setLineWidth(1.2);
    g.beginPath();
    boolean started = false;
    for (int col = 0; col < c.width(); col++) {
      if (!c.hasValue(col)) {
        continue;
      }
      double x = f.left + col + 0.5;
      double yMin = f.py(c.min()[col]);
      double yMax = f.py(c.max()[col]);
      if (started) {
        g.lineTo(x, yMax);
      } else {
        g.moveTo(x, yMax);
        started = true;
      }
      g.lineTo(x, yMin);
    }
    g.stroke();
    g.setStroke(p.axis());
    g.setLineWidth(1);
    g.strokeRect(f.left + 0.5, f.top + 0.5, f.width() - 1, f.height() - 1);
    drawName(g, p, f, name);
  }

  /** Fills the runs of true columns as rectangles (one per run, not one per column). */
  private static void shadeRuns(GraphicsContext g, boolean[] marks, ChartFrame f, double top, double height, Color fill) {
    g.setFill(fill);
    int start = -1;
    for (int col = 0; col <= marks.length; col++) {
      boolean on = col < marks.length && marks[col];
      if (on && start < 0) {
        start = col;
      } else if (!on && start >= 0) {
        // At least 2 px wide, so a single flagged point among a million stays visible.
        g.fillRect(f.left + start, top, Math.max(2, col - start), height);
        start = -1;
      }
    }
  }

  private static void drawName(GraphicsContext g, ChartPalette p, ChartFrame f, String name) {
    g.setFont(ChartFrame.TICK_FONT);
    g.setTextAlign(TextAlignment.LEFT);
    g.setTextBaseline(VPos.TOP);
    javafx.scene.text.Text probe = new javafx.scene.text.Text(name);
    probe.setFont(ChartFrame.TICK_FONT);
    double w = probe.getLayoutBounds().getWidth();
    Color bg = p.background();
    g.setFill(Color.color(bg.getRed(), bg.getGreen(), bg.getBlue(), 0.8));
    g.fillRect(f.left + 4, f.top + LABEL_BAND + 2, w + 8, 15);
    g.setFill(p.text());
    g.fillText(name, f.left + 8, f.top + LABEL_BAND + 3);
  }
}
