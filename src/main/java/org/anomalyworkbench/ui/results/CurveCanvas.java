package org.anomalyworkbench.ui.results;

import java.util.function.Supplier;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;
import org.anomalyworkbench.ui.chart.ChartFrame;
import org.anomalyworkbench.ui.chart.ChartPalette;
import org.anomalyworkbench.ui.chart.ChartText;
import org.anomalyworkbench.ui.chart.ResizableCanvas;

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
    ChartFrame f = new ChartFrame(w, h, 52, 24, Math.max(14, w - 52 - side), Math.max(46, h - 24 - side))
        .x(0, 1).y(0, 1);
    f.drawAxes(g, p, 5, 5, ChartCurvesFormat::tick, ChartCurvesFormat::tick);
    f.drawTitles(g, p, c.xTitle(), c.yTitle());
    g.setFill(p.text());
    g.setFont(ChartFrame.TITLE_FONT);
    g.setTextAlign(TextAlignment.LEFT);
    g.setTextBaseline(VPos.BOTTOM);
    // Over the plot when it fits, else from the canvas's left edge; cut with "…" only when the
    // canvas is narrower than the title (the tooltip then has it in full).
    double titleWidth = ChartText.width(c.title(), ChartFrame.TITLE_FONT);
    double titleX = f.left + titleWidth <= w - 4 ? f.left : 4;
    String title = ChartText.fit(c.title(), ChartFrame.TITLE_FONT, w - titleX - 4);
    ChartText.fill(g, title, titleX, f.top - 6);
    tooltip.setText(c.title());
    // Visible on both themes (the grid colour darkened vanished on the dark background).
    g.setStroke(p.axis().deriveColor(0, 1, 1, 0.7));
    g.setLineDashes(4, 4);
    g.setLineWidth(1);
    if (c.diagonal()) {
      g.strokeLine(f.px(0), f.py(0), f.px(1), f.py(1));
    } else if (c.baseline() >= 0) {
      g.strokeLine(f.px(0), f.py(c.baseline()), f.px(1), f.py(c.baseline()));
    }
    g.setLineDashes();
    g.setStroke(p.accent());
    g.setLineWidth(2);
    g.beginPath();
    for (int i = 0; i < c.x().length; i++) {
      if (i == 0) {
        g.moveTo(f.px(c.x()[i]), f.py(c.y()[i]));
      } else {
        g.lineTo(f.px(c.x()[i]), f.py(c.y()[i]));
      }
    }
    g.stroke();
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

  /** Tick labels for 0..1 axes. */
  static final class ChartCurvesFormat {
    private ChartCurvesFormat() {
    }

    static String tick(double v) {
      return String.format(java.util.Locale.ROOT, "%.1f", v);
    }
  }
}
