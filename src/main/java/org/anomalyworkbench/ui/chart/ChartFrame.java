package org.anomalyworkbench.ui.chart;

import java.util.List;
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
  /** Least space between two tick labels on the x axis. */
  static final double LABEL_GAP = 8;

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
    List<Double> xs = logX ? Ticks.logNice(xMin, xMax, xTicks + 2) : Ticks.nice(xMin, xMax, xTicks);
    List<Double> ys = Ticks.nice(yMin, yMax, yTicks);
    g.setStroke(p.grid());
    for (double v : xs) {
      double x = Math.round(px(v)) + 0.5;
      g.strokeLine(x, top, x, bottom);
    }
    for (double v : ys) {
      double y = Math.round(py(v)) + 0.5;
      g.strokeLine(left, y, right, y);
    }
    g.setFill(p.axis());
    List<javafx.geometry.Bounds> xBoxes = drawXLabels(g, xs, xLabel);
    drawYLabels(g, ys, yLabel, xBoxes);
    g.setStroke(p.axis());
    g.strokeLine(left + 0.5, top, left + 0.5, bottom + 0.5);
    g.strokeLine(left, bottom + 0.5, right, bottom + 0.5);
  }

  /**
   * The x tick labels, centred under their ticks (the outermost pulled inside the canvas); when
   * neighbours would touch, only every 2nd, 3rd, ... label is drawn, so labels never run together.
   */
  private List<javafx.geometry.Bounds> drawXLabels(GraphicsContext g, List<Double> ticks, DoubleFunction<String> label) {
    int n = ticks.size();
    String[] text = new String[n];
    double[] from = new double[n];
    double[] to = new double[n];
    double canvasWidth = g.getCanvas().getWidth();
    for (int i = 0; i < n; i++) {
      text[i] = label.apply(ticks.get(i));
      double w = ChartText.width(text[i], TICK_FONT);
      double x = Math.round(px(ticks.get(i))) + 0.5;
      from[i] = Math.max(1, Math.min(canvasWidth - 1 - w, x - w / 2));
      to[i] = from[i] + w;
    }
    int stride = stride(from, to, LABEL_GAP);
    g.setTextBaseline(VPos.TOP);
    g.setTextAlign(TextAlignment.LEFT);
    List<javafx.geometry.Bounds> drawn = new java.util.ArrayList<>();
    for (int i = 0; i < n; i += stride) {
      drawn.add(ChartText.fill(g, text[i], from[i], bottom + 4));
    }
    return drawn;
  }

  /** The y tick labels, right-aligned left of the axis; thinned like the x labels when rows are tight. */
  private void drawYLabels(GraphicsContext g, List<Double> ticks, DoubleFunction<String> label,
      List<javafx.geometry.Bounds> xLabels) {
    int n = ticks.size();
    double h = ChartText.height(TICK_FONT);
    double[] from = new double[n];
    double[] to = new double[n];
    for (int i = 0; i < n; i++) {
      // Bottom to top: the first tick is the lowest value, drawn lowest.
      double y = Math.round(py(ticks.get(i))) + 0.5;
      from[i] = -(y + h / 2);
      to[i] = -(y - h / 2);
    }
    int stride = stride(from, to, 1);
    g.setTextBaseline(VPos.CENTER);
    g.setTextAlign(TextAlignment.RIGHT);
    for (int i = 0; i < n; i += stride) {
      String t = label.apply(ticks.get(i));
      double y = Math.round(py(ticks.get(i))) + 0.5;
      javafx.geometry.Bounds box = ChartText.bounds(g, t, left - 5, y);
      // The lowest y label may sit on the first x label in the corner: the x label wins.
      if (xLabels.stream().noneMatch(b -> overlaps(b, box))) {
        ChartText.fill(g, t, left - 5, y);
      }
    }
  }

  private static boolean overlaps(javafx.geometry.Bounds a, javafx.geometry.Bounds b) {
    return Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX()) > 0
        && Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY()) > 0;
  }

  /** The smallest step through the labels [from, to) (increasing) that keeps {@code gap} between shown ones. */
  static int stride(double[] from, double[] to, double gap) {
    for (int stride = 1; stride < Math.max(2, from.length); stride++) {
      boolean fits = true;
      for (int i = stride; i < from.length && fits; i += stride) {
        fits = from[i] >= to[i - stride] + gap;
      }
      if (fits) {
        return stride;
      }
    }
    return Math.max(1, from.length);
  }

  /**
   * Axis titles: x centred below the ticks, y rotated along the left edge; each elided to the
   * plot's length (the titles are short, so this only bites on very small charts).
   */
  public void drawTitles(GraphicsContext g, ChartPalette p, String xTitle, String yTitle) {
    g.setFill(p.text());
    g.setFont(TITLE_FONT);
    g.setTextAlign(TextAlignment.CENTER);
    g.setTextBaseline(VPos.BOTTOM);
    if (xTitle != null) {
      double canvasWidth = g.getCanvas().getWidth();
      String t = ChartText.fit(xTitle, TITLE_FONT, Math.max(width(), canvasWidth - 8));
      double w = ChartText.width(t, TITLE_FONT);
      double x = Math.max(4 + w / 2, Math.min(canvasWidth - 4 - w / 2, (left + right) / 2));
      ChartText.fill(g, t, x, bottom + 34);
    }
    if (yTitle != null) {
      String t = ChartText.fit(yTitle, TITLE_FONT, height());
      double w = ChartText.width(t, TITLE_FONT);
      double h = ChartText.height(TITLE_FONT);
      g.save();
      g.translate(10, (top + bottom) / 2);
      g.rotate(-90);
      g.setTextBaseline(VPos.CENTER);
      g.fillText(t, 0, 0);
      g.restore();
      ChartText.record(g, t, new javafx.geometry.BoundingBox(10 - h / 2, (top + bottom) / 2 - w / 2, h, w));
    }
  }
}
