package org.anomalyworkbench.ui.results;

import java.util.function.Supplier;
import javafx.scene.canvas.GraphicsContext;
import org.anomalyworkbench.ui.chart.ChartFrame;
import org.anomalyworkbench.ui.chart.ChartPalette;
import org.anomalyworkbench.ui.chart.ResizableCanvas;
import org.anomalyworkbench.ui.chart.UnitSquareCurves;

/**
 * A unit-square curve (ROC or precision-recall) with a reference line and the current operating
 * point, drawn on a Canvas.
 */
final class CurveCanvas extends ResizableCanvas {
  /** What to draw; supplied fresh on every repaint. */
  record Curve(String title, String xTitle, String yTitle, double[] x, double[] y, double baseline,
      boolean diagonal, double pointX, double pointY) {
  }

  private final Supplier<Curve> source;
  private final javafx.scene.control.Tooltip tooltip = new javafx.scene.control.Tooltip();

  CurveCanvas(Supplier<Curve> source) {
    this.source = source;
    javafx.scene.control.Tooltip.install(this, tooltip);
  }

  @Override
  public double prefWidth(double height) {
    return 300;
  }

  @Override
  protected void draw(GraphicsContext g, double w, double h, ChartPalette p) {
    Curve c = source.get();
    if (c == null) {
      return;
    }
    double side = Math.max(40, Math.min(w - 66, h - 70));
    ChartFrame f = UnitSquareCurves.frame(w, h, 52, 24, Math.max(14, w - 52 - side), Math.max(46, h - 24 - side));
    UnitSquareCurves.drawFrame(g, f, p, w, c.title(), c.xTitle(), c.yTitle());
    tooltip.setText(c.title());
    UnitSquareCurves.drawChance(g, f, p, c.diagonal(), c.baseline());
    g.setStroke(p.accent());
    g.setLineWidth(2);
    UnitSquareCurves.drawCurve(g, f, c.x(), c.y());
    if (!Double.isNaN(c.pointX()) && !Double.isNaN(c.pointY())) {
      double px = f.px(c.pointX());
      double py = f.py(c.pointY());
      g.setFill(p.threshold());
      g.fillOval(px - 5, py - 5, 10, 10);
      g.setStroke(p.background());
      g.setLineWidth(1.5);
      g.strokeOval(px - 5, py - 5, 10, 10);
    }
  }
}
