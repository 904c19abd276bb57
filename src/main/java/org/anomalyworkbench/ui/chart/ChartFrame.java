package org.anomalyworkbench.ui.chart;

import java.util.function.DoubleFunction;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * The plot rectangle of a canvas chart and its linear value-to-pixel mapping, with helpers to
 * draw grid, ticks and axis titles the same way in every chart.
 */
public final class ChartFrame {
  public static final Font TICK_FONT = Font.font("System", 11);
  public static final Font TITLE_FONT = Font.font("System", 12);

  public final double left;
  public final double top;
  public final double right;
  public final double bottom;
  private double xMin;
  private double xMax;
  private double yMin;
  private double yMax;
  private boolean logX;

  public ChartFrame(double width, double height, double marginLeft, double marginTop, double marginRight,
      double marginBottom) {
    this.left = marginLeft;
    this.top = marginTop;
    this.right = Math.max(marginLeft + 1, width - marginRight);
    this.bottom = Math.max(marginTop + 1, height - marginBottom);
  }

  /**
   * A left margin wide enough for the y tick labels between {@code min} and {@code max} and the
   * rotated y title beside them (at least {@code atLeast}), so long labels such as "600,000"
   * never run into the title.
   */
  public static double leftMarginFor(double min, double max, int ticks, DoubleFunction<String> label, double atLeast) {
    Text probe = new Text();
    probe.setFont(TICK_FONT);
    double widest = 0;
    for (double v : Ticks.nice(min, max > min ? max : min + 1, ticks)) {
      probe.setText(label.apply(v));
      widest = Math.max(widest, probe.getLayoutBounds().getWidth());
    }
    // 5 px gap to the axis (as drawAxes), 4 px to the title, the title's own ~16 px band.
    return Math.max(atLeast, Math.ceil(widest) + 5 + 4 + 16);
  }

  public ChartFrame x(double min, double max) {
    xMin = min;
    xMax = max > min ? max : min + 1;
    return this;
  }

  /** Marks the x axis as log10 units, so its ticks fall at 1, 2, 5 x 10^k (see {@link Ticks#logNice}). */
  public ChartFrame logX(boolean log) {
    this.logX = log;
    return this;
  }

  public ChartFrame y(double min, double max) {
    yMin = min;
    yMax = max > min ? max : min + 1;
    return this;
  }

  public double px(double x) {
    return left + (x - xMin) / (xMax - xMin) * (right - left);
  }

  public double py(double y) {
    return bottom - (y - yMin) / (yMax - yMin) * (bottom - top);
  }

  public double valueX(double px) {
    return xMin + (px - left) / (right - left) * (xMax - xMin);
  }

  public double valueY(double py) {
    return yMin + (bottom - py) / (bottom - top) * (yMax - yMin);
  }

  public double width() {
    return right - left;
  }

  public double height() {
    return bottom - top;
  }

  public boolean contains(double px, double py) {
    return px >= left && px <= right && py >= top && py <= bottom;
  }

  /** Background, grid lines and tick labels for both axes. */
  public void drawAxes(GraphicsContext g, ChartPalette p, int xTicks, int yTicks, DoubleFunction<String> xLabel,
      DoubleFunction<String> yLabel) {
    g.setFill(p.background());
    g.fillRect(left, top, width(), height());
    g.setLineWidth(1);
    g.setFont(TICK_FONT);
    g.setFill(p.axis());
    g.setTextBaseline(VPos.TOP);
    g.setTextAlign(TextAlignment.CENTER);
    for (double v : logX ? Ticks.logNice(xMin, xMax, xTicks + 2) : Ticks.nice(xMin, xMax, xTicks)) {
      double x = Math.round(px(v)) + 0.5;
      g.setStroke(p.grid());
      g.strokeLine(x, top, x, bottom);
      g.fillText(xLabel.apply(v), x, bottom + 4);
    }
    g.setTextBaseline(VPos.CENTER);
    g.setTextAlign(TextAlignment.RIGHT);
    for (double v : Ticks.nice(yMin, yMax, yTicks)) {
      double y = Math.round(py(v)) + 0.5;
      g.setStroke(p.grid());
      g.strokeLine(left, y, right, y);
      g.fillText(yLabel.apply(v), left - 5, y);
    }
    g.setStroke(p.axis());
    g.strokeLine(left + 0.5, top, left + 0.5, bottom + 0.5);
    g.strokeLine(left, bottom + 0.5, right, bottom + 0.5);
  }

  /** Axis titles: x centred below the ticks, y rotated along the left edge. */
  public void drawTitles(GraphicsContext g, ChartPalette p, String xTitle, String yTitle) {
    g.setFill(p.text());
    g.setFont(TITLE_FONT);
    g.setTextAlign(TextAlignment.CENTER);
    g.setTextBaseline(VPos.BOTTOM);
    if (xTitle != null) {
      g.fillText(xTitle, (left + right) / 2, bottom + 34);
    }
    if (yTitle != null) {
      g.save();
      g.translate(10, (top + bottom) / 2);
      g.rotate(-90);
      g.setTextBaseline(VPos.CENTER);
      g.fillText(yTitle, 0, 0);
      g.restore();
    }
  }
}
