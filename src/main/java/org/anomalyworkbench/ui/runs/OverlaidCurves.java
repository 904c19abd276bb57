package org.anomalyworkbench.ui.runs;

import java.util.List;
import java.util.function.Supplier;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.anomalyworkbench.ui.chart.ChartFrame;
import org.anomalyworkbench.ui.chart.ChartPalette;
import org.anomalyworkbench.ui.chart.ChartText;
import org.anomalyworkbench.ui.chart.ResizableCanvas;
import org.anomalyworkbench.ui.chart.UnitSquareCurves;

/**
 * Several runs' ROC or precision-recall curves on one unit square, one colour per run, with a
 * legend beside the plot (names cut to fit; the tooltip has them whole) and the chance line
 * (ROC's diagonal, PR's share of anomalies). Frame, ticks, titles and chance line are the
 * Results step's single-run curves' ({@link UnitSquareCurves}).
 */
final class OverlaidCurves extends ResizableCanvas {
  /** One run's curve. */
  record Line(String name, Color colour, double[] x, double[] y) {
  }

  /** What to draw; supplied fresh on every repaint (null: nothing). */
  record Chart(String title, String xTitle, String yTitle, List<Line> lines, boolean diagonal, double baseline) {
  }

  private static final double LEGEND_ROW = 17;
  private static final double SWATCH = 14;

  private final Supplier<Chart> source;
  private final javafx.scene.control.Tooltip tooltip = new javafx.scene.control.Tooltip();

  OverlaidCurves(Supplier<Chart> source) {
    this.source = source;
    javafx.scene.control.Tooltip.install(this, tooltip);
  }

  @Override
  public double prefWidth(double height) {
    return 360;
  }

  @Override
  public double prefHeight(double width) {
    return 280;
  }

  @Override
  protected void draw(GraphicsContext g, double w, double h, ChartPalette p) {
    Chart c = source.get();
    if (c == null) {
      return;
    }
    double widest = 0;
    for (Line l : c.lines()) {
      widest = Math.max(widest, ChartText.width(l.name(), ChartFrame.TICK_FONT));
    }
    // The legend takes what it needs up to 40% of the width; the plot stays square in the rest.
    double legend = Math.min(widest + SWATCH + 10, w * 0.4);
    double side = Math.max(40, Math.min(w - 52 - legend - 18, h - 70));
    double right = Math.max(legend + 18, w - 52 - side);
    ChartFrame f = UnitSquareCurves.frame(w, h, 52, 24, right, Math.max(46, h - 24 - side));
    UnitSquareCurves.drawFrame(g, f, p, w, c.title(), c.xTitle(), c.yTitle());
    UnitSquareCurves.drawChance(g, f, p, c.diagonal(), c.baseline());
    g.setLineWidth(2);
    for (Line l : c.lines()) {
      g.setStroke(l.colour());
      UnitSquareCurves.drawCurve(g, f, l.x(), l.y());
    }

    g.setFont(ChartFrame.TICK_FONT);
    g.setTextBaseline(VPos.CENTER);
    StringBuilder all = new StringBuilder(c.title());
    double x = f.right + 14;
    for (int i = 0; i < c.lines().size(); i++) {
      Line l = c.lines().get(i);
      double y = f.top + 6 + i * LEGEND_ROW;
      if (y + LEGEND_ROW / 2 > h) {
        break; // more runs than rows: the tooltip lists them
      }
      g.setFill(l.colour());
      g.fillRect(x, y - 2, SWATCH, 4);
      g.setFill(p.text());
      ChartText.fill(g, ChartText.fit(l.name(), ChartFrame.TICK_FONT, w - x - SWATCH - 8), x + SWATCH + 5, y);
      all.append('\n').append(l.name());
    }
    tooltip.setText(all.toString());
  }
}
