package org.anomalyworkbench.ui.chart;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;

/**
 * What every chart of curves on the unit square draws the same way (ROC and precision-recall:
 * one run's in the Results step, several runs' in the Runs step): the 0..1 frame with its ticks
 * and titles, the chart's title, the chance line and a curve.
 */
public final class UnitSquareCurves {
  private UnitSquareCurves() {
  }

  /** A 0..1 by 0..1 frame inside the given margins. */
  public static ChartFrame frame(double w, double h, double left, double top, double right, double bottom) {
    return new ChartFrame(w, h, left, top, right, bottom).x(0, 1).y(0, 1);
  }

  /**
   * Axes with five ticks each, the axis titles, and the chart's title over the plot when it fits,
   * else from the canvas's left edge, cut with "…" only when the canvas is narrower than it
   * (callers put the whole title in a tooltip).
   */
  public static void drawFrame(GraphicsContext g, ChartFrame f, ChartPalette p, double w, String title, String xTitle,
      String yTitle) {
    f.drawAxes(g, p, 5, 5, UnitSquareCurves::tick, UnitSquareCurves::tick);
    f.drawTitles(g, p, xTitle, yTitle);
    g.setFill(p.text());
    g.setFont(ChartFrame.TITLE_FONT);
    g.setTextAlign(TextAlignment.LEFT);
    g.setTextBaseline(VPos.BOTTOM);
    double titleWidth = ChartText.width(title, ChartFrame.TITLE_FONT);
    double titleX = f.left + titleWidth <= w - 4 ? f.left : 4;
    ChartText.fill(g, ChartText.fit(title, ChartFrame.TITLE_FONT, w - titleX - 4), titleX, f.top - 6);
  }

  /** The chance line, dashed: ROC's diagonal, or precision-recall's level at {@code baseline} (none below 0). */
  public static void drawChance(GraphicsContext g, ChartFrame f, ChartPalette p, boolean diagonal, double baseline) {
    // Visible on both themes (the grid colour darkened vanished on the dark background).
    g.setStroke(p.axis().deriveColor(0, 1, 1, 0.7));
    g.setLineDashes(4, 4);
    g.setLineWidth(1);
    if (diagonal) {
      g.strokeLine(f.px(0), f.py(0), f.px(1), f.py(1));
    } else if (baseline >= 0) {
      g.strokeLine(f.px(0), f.py(baseline), f.px(1), f.py(baseline));
    }
    g.setLineDashes();
  }

  /** The curve through the points, in the stroke and width already set. */
  public static void drawCurve(GraphicsContext g, ChartFrame f, double[] x, double[] y) {
    g.beginPath();
    for (int i = 0; i < x.length; i++) {
      if (i == 0) {
        g.moveTo(f.px(x[i]), f.py(y[i]));
      } else {
        g.lineTo(f.px(x[i]), f.py(y[i]));
      }
    }
    g.stroke();
  }

  /** Tick label of a 0..1 axis. */
  public static String tick(double v) {
    return String.format(java.util.Locale.ROOT, "%.1f", v);
  }
}
