package org.anomalyworkbench.ui.train;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.anomalyworkbench.ui.chart.ChartFrame;
import org.anomalyworkbench.ui.chart.ChartPalette;
import org.anomalyworkbench.ui.chart.ResizableCanvas;
import org.anomalyworkbench.ui.common.Format;

/**
 * Live loss chart: raw batch loss (faint), its moving average, and per-epoch training and
 * validation loss (with markers), against the batch number. Drawn on a Canvas so thousands of
 * batches cost one pass per repaint; long runs are thinned to about one point per pixel.
 *
 * <p>A run that names its losses (a GAN: generator and discriminator, plus the generator's
 * terms) gets one curve per name instead of the single batch loss: the main losses raw (faint)
 * and smoothed (bold), auxiliary ones smoothed and thin, the validation loss dashed. Their
 * scales differ by orders of magnitude (a weighted generator loss of 20 beside a
 * discriminator's 0.7), so the axis turns logarithmic when the curves span more than
 * {@link #AUTO_LOG_SPAN} times, and says so.
 */
public final class LossChart extends ResizableCanvas {
  /** Ratio of the highest to the lowest named curve above which the axis turns logarithmic. */
  static final double AUTO_LOG_SPAN = 30;

  private final TrainViewModel vm;
  private boolean logScale;
  private List<String> drawnSeries = List.of();

  public LossChart(TrainViewModel vm) {
    this.vm = vm;
    vm.revisionProperty().addListener((o, a, b) -> requestRedraw());
  }

  public void setLogScale(boolean log) {
    logScale = log;
    requestRedraw();
  }

  /** What the empty chart says: waiting, nothing trained yet, or a run that had no epochs to plot. */
  private String emptyText() {
    if (vm.runningProperty().get()) {
      return "Waiting for the first batch…";
    }
    TrainingPlan plan = vm.planProperty().get();
    if (plan != null && !vm.provenance().isEmpty()) {
      return plan.detectorName() + " trains without epochs: no loss curve to show.";
    }
    return "The loss curves appear here while a detector trains.";
  }

  @Override
  protected void draw(GraphicsContext g, double w, double h, ChartPalette p) {
    LossHistory hist = vm.history();
    int n = hist.points();
    int e = hist.epochs();
    if (n == 0 && e == 0) {
      g.setFill(p.axis());
      g.setFont(ChartFrame.TITLE_FONT);
      g.setTextAlign(TextAlignment.CENTER);
      g.setTextBaseline(VPos.CENTER);
      org.anomalyworkbench.ui.chart.ChartText.fill(g,
          org.anomalyworkbench.ui.chart.ChartText.fit(emptyText(), ChartFrame.TITLE_FONT, w - 16), w / 2, h / 2);
      drawnSeries = List.of();
      return;
    }
    if (!hist.namedSeries().isEmpty()) {
      drawNamed(g, w, h, p, hist);
      return;
    }
    double xMax = 1;
    double yMin = Double.POSITIVE_INFINITY;
    double yMax = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < n; i++) {
      xMax = Math.max(xMax, hist.iteration(i));
      yMin = Math.min(yMin, hist.batchLoss(i));
      // The smoothed curve sets the top: single spikes of raw loss may leave the chart.
      yMax = Math.max(yMax, hist.smoothed(i));
    }
    for (int k = 0; k < e; k++) {
      xMax = Math.max(xMax, hist.epochIteration(k));
      for (double v : new double[] {hist.epochTrain(k), hist.epochValidation(k)}) {
        if (!Double.isNaN(v)) {
          yMin = Math.min(yMin, v);
          yMax = Math.max(yMax, v);
        }
      }
    }
    if (!(yMax > yMin)) {
      yMax = yMin + Math.max(1e-9, Math.abs(yMin) * 0.1);
    }
    boolean log = logScale && yMin > 0;
    double lo = log ? Math.log10(yMin) : Math.min(0, yMin);
    double hi = log ? Math.log10(yMax) : yMax * 1.05;
    if (log && hi - lo < 0.1) {
      hi = lo + 0.1;
    }
    ChartFrame f = new ChartFrame(w, h, 64, 16, legendMargin(w, PLAIN_LEGEND_WIDTH), 44).x(0, xMax).y(lo, hi);
    f.drawAxes(g, p, 8, 5, v -> Format.count(Math.round(v)), v -> Format.score(log ? Math.pow(10, v) : v));
    f.drawTitles(g, p, "batch", log ? "loss (log scale)" : "loss");
    g.save();
    g.beginPath();
    g.rect(f.left, f.top, f.width(), f.height());
    g.clip();
    int stride = Math.max(1, (int) Math.ceil(n / Math.max(1, f.width())));
    Color raw = p.accent().deriveColor(0, 1, 1, 0.25);
    line(g, f, hist, n, stride, raw, 1, false, log);
    line(g, f, hist, n, stride, p.accent(), 2, true, log);
    epochs(g, f, hist, p.anomaly(), false, log);
    if (hist.hasValidation()) {
      epochs(g, f, hist, p.threshold(), true, log);
    }
    g.restore();
    legend(g, f, w, p, hist.hasValidation());
    drawnSeries = hist.hasValidation()
        ? List.of("batch loss", "smoothed", "epoch training loss", "epoch validation loss")
        : List.of("batch loss", "smoothed", "epoch training loss");
  }

  /** The legend entries of the last repaint, in order (tests check which curves are on screen). */
  public List<String> drawnSeries() {
    return drawnSeries;
  }

  /** Colours of named curves, in order of arrival: main losses first, then auxiliary ones. */
  private static Color[] namedColors(ChartPalette p) {
    return new Color[] {p.accent(), p.anomaly(), p.normal(), Color.web("#2e9d6a"), Color.web("#9467bd"),
        Color.web("#8c564b")};
  }

  private void drawNamed(GraphicsContext g, double w, double h, ChartPalette p, LossHistory hist) {
    List<LossHistory.Series> series = hist.namedSeries();
    double xMax = 1;
    double yMin = Double.POSITIVE_INFINITY;
    double yMax = Double.NEGATIVE_INFINITY;
    double positiveMin = Double.POSITIVE_INFINITY;
    for (LossHistory.Series s : series) {
      for (int i = 0; i < s.points(); i++) {
        xMax = Math.max(xMax, s.iteration(i));
        double v = s.auxiliary() ? s.smoothed(i) : Math.min(s.raw(i), s.smoothed(i));
        yMin = Math.min(yMin, v);
        yMax = Math.max(yMax, s.smoothed(i));
        if (v > 0) {
          positiveMin = Math.min(positiveMin, v);
        }
      }
    }
    for (int k = 0; k < hist.epochs(); k++) {
      double v = hist.epochValidation(k);
      xMax = Math.max(xMax, hist.epochIteration(k));
      if (!Double.isNaN(v)) {
        yMin = Math.min(yMin, v);
        yMax = Math.max(yMax, v);
        if (v > 0) {
          positiveMin = Math.min(positiveMin, v);
        }
      }
    }
    if (!(yMax > yMin)) {
      yMax = yMin + Math.max(1e-9, Math.abs(yMin) * 0.1);
    }
    boolean log = (logScale || yMax / positiveMin > AUTO_LOG_SPAN) && positiveMin < Double.POSITIVE_INFINITY;
    double lo = log ? Math.log10(positiveMin) : Math.min(0, yMin);
    double hi = log ? Math.log10(yMax) + 0.05 : yMax * 1.05;
    if (log && hi - lo < 0.1) {
      hi = lo + 0.1;
    }
    ChartFrame f = new ChartFrame(w, h, 64, 16, legendMargin(w, NAMED_LEGEND_WIDTH), 44).x(0, xMax).y(lo, hi);
    f.drawAxes(g, p, 8, 5, v -> Format.count(Math.round(v)), v -> Format.score(log ? Math.pow(10, v) : v));
    f.drawTitles(g, p, "batch", log ? "loss (log scale)" : "loss");
    g.save();
    g.beginPath();
    g.rect(f.left, f.top, f.width(), f.height());
    g.clip();
    Color[] colors = namedColors(p);
    List<String> names = new ArrayList<>();
    List<Color> legendColors = new ArrayList<>();
    List<Boolean> thin = new ArrayList<>();
    for (int k = 0; k < series.size(); k++) {
      LossHistory.Series s = series.get(k);
      Color c = colors[k % colors.length];
      int stride = Math.max(1, (int) Math.ceil(s.points() / Math.max(1, f.width())));
      if (!s.auxiliary()) {
        namedLine(g, f, s, stride, c.deriveColor(0, 1, 1, 0.22), 1, false, log);
      }
      namedLine(g, f, s, stride, c, s.auxiliary() ? 1.2 : 2.2, true, log);
      names.add(s.auxiliary() ? s.name() + " (smoothed)" : s.name() + " loss");
      legendColors.add(c);
      thin.add(s.auxiliary());
    }
    if (hist.hasValidation()) {
      epochs(g, f, hist, p.threshold(), true, log);
      names.add("epoch validation loss");
      legendColors.add(p.threshold());
      thin.add(false);
    }
    g.restore();
    namedLegend(g, f, w, p, names, legendColors, thin, hist.hasValidation());
    drawnSeries = List.copyOf(names);
  }

  private static void namedLine(GraphicsContext g, ChartFrame f, LossHistory.Series s, int stride, Color c,
      double width, boolean smoothed, boolean log) {
    int n = s.points();
    if (n == 0) {
      return;
    }
    g.setStroke(c);
    g.setLineWidth(width);
    g.beginPath();
    for (int i = 0; i < n; i += stride) {
      double x = f.px(s.iteration(i));
      double yy = f.py(y(smoothed ? s.smoothed(i) : s.raw(i), log));
      if (i == 0) {
        g.moveTo(x, yy);
      } else {
        g.lineTo(x, yy);
      }
    }
    g.lineTo(f.px(s.iteration(n - 1)), f.py(y(smoothed ? s.smoothed(n - 1) : s.raw(n - 1), log)));
    g.stroke();
  }

  /** Legend widths; on a wide chart the legend sits in the right margin, off the curves. */
  private static final double NAMED_LEGEND_WIDTH = 200;
  private static final double PLAIN_LEGEND_WIDTH = 170;

  /** The plot's right margin: room for the legend beside it when the chart is wide enough. */
  static double legendMargin(double width, double legendWidth) {
    return width - legendWidth >= 480 ? legendWidth + 24 : 20;
  }

  /** Where the legend starts: in the right margin when there is one, else inside the plot's top right. */
  private static double legendX(ChartFrame f, double canvasWidth, double legendWidth) {
    return canvasWidth - f.right >= legendWidth + 20 ? f.right + 16 : f.right - legendWidth;
  }

  private static void namedLegend(GraphicsContext g, ChartFrame f, double canvasWidth, ChartPalette p,
      List<String> names, List<Color> colors, List<Boolean> thin, boolean lastDashed) {
    double x = legendX(f, canvasWidth, NAMED_LEGEND_WIDTH);
    double y = f.top + 8;
    g.setFill(p.background().deriveColor(0, 1, 1, 0.85));
    g.fillRect(x - 8, y - 6, 202, names.size() * 16 + 6);
    g.setFont(ChartFrame.TICK_FONT);
    g.setTextAlign(TextAlignment.LEFT);
    g.setTextBaseline(VPos.CENTER);
    for (int i = 0; i < names.size(); i++) {
      g.setStroke(colors.get(i));
      g.setLineWidth(thin.get(i) ? 1.2 : 2.2);
      if (lastDashed && i == names.size() - 1) {
        g.setLineDashes(6, 4);
      }
      g.strokeLine(x, y + i * 16 + 2, x + 22, y + i * 16 + 2);
      g.setLineDashes();
      g.setFill(p.text());
      g.fillText(names.get(i), x + 28, y + i * 16 + 2);
    }
  }

  private static double y(double v, boolean log) {
    return log ? Math.log10(Math.max(1e-300, v)) : v;
  }

  private static void line(GraphicsContext g, ChartFrame f, LossHistory h, int n, int stride, Color c, double width,
      boolean smoothed, boolean log) {
    g.setStroke(c);
    g.setLineWidth(width);
    g.beginPath();
    boolean first = true;
    for (int i = 0; i < n; i += stride) {
      double x = f.px(h.iteration(i));
      double yy = f.py(y(smoothed ? h.smoothed(i) : h.batchLoss(i), log));
      if (first) {
        g.moveTo(x, yy);
        first = false;
      } else {
        g.lineTo(x, yy);
      }
    }
    if (n > 0) {
      int last = n - 1;
      g.lineTo(f.px(h.iteration(last)), f.py(y(smoothed ? h.smoothed(last) : h.batchLoss(last), log)));
    }
    g.stroke();
  }

  private static void epochs(GraphicsContext g, ChartFrame f, LossHistory h, Color c, boolean validation, boolean log) {
    g.setStroke(c);
    g.setFill(c);
    g.setLineWidth(2);
    if (validation) {
      g.setLineDashes(6, 4);
    }
    g.beginPath();
    boolean first = true;
    for (int k = 0; k < h.epochs(); k++) {
      double v = validation ? h.epochValidation(k) : h.epochTrain(k);
      if (Double.isNaN(v)) {
        continue;
      }
      double x = f.px(h.epochIteration(k));
      double yy = f.py(y(v, log));
      if (first) {
        g.moveTo(x, yy);
        first = false;
      } else {
        g.lineTo(x, yy);
      }
    }
    g.stroke();
    g.setLineDashes();
    for (int k = 0; k < h.epochs(); k++) {
      double v = validation ? h.epochValidation(k) : h.epochTrain(k);
      if (!Double.isNaN(v)) {
        g.fillOval(f.px(h.epochIteration(k)) - 3.5, f.py(y(v, log)) - 3.5, 7, 7);
      }
    }
  }

  private static void legend(GraphicsContext g, ChartFrame f, double canvasWidth, ChartPalette p, boolean validation) {
    String[] names = validation
        ? new String[] {"batch loss", "smoothed", "epoch training loss", "epoch validation loss"}
        : new String[] {"batch loss", "smoothed", "epoch training loss"};
    Color[] colors = {p.accent().deriveColor(0, 1, 1, 0.35), p.accent(), p.anomaly(), p.threshold()};
    double x = legendX(f, canvasWidth, PLAIN_LEGEND_WIDTH);
    double y = f.top + 8;
    g.setFill(p.background().deriveColor(0, 1, 1, 0.85));
    g.fillRect(x - 8, y - 6, 172, names.length * 16 + 6);
    g.setFont(ChartFrame.TICK_FONT);
    g.setTextAlign(TextAlignment.LEFT);
    g.setTextBaseline(VPos.CENTER);
    for (int i = 0; i < names.length; i++) {
      g.setStroke(colors[i]);
      g.setLineWidth(i == 0 ? 1 : 2);
      if (i == 3) {
        g.setLineDashes(6, 4);
      }
      g.strokeLine(x, y + i * 16 + 2, x + 22, y + i * 16 + 2);
      g.setLineDashes();
      g.setFill(p.text());
      g.fillText(names[i], x + 28, y + i * 16 + 2);
    }
  }
}
