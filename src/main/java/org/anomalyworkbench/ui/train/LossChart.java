package org.anomalyworkbench.ui.train;

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
 */
public final class LossChart extends ResizableCanvas {
  private final TrainViewModel vm;
  private boolean logScale;

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
      return plan.detectorName() + " trains in one pass, without epochs: no loss curve to show.";
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
    ChartFrame f = new ChartFrame(w, h, 64, 16, 20, 44).x(0, xMax).y(lo, hi);
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
    legend(g, f, p, hist.hasValidation());
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

  private static void legend(GraphicsContext g, ChartFrame f, ChartPalette p, boolean validation) {
    String[] names = validation
        ? new String[] {"batch loss", "smoothed", "epoch training loss", "epoch validation loss"}
        : new String[] {"batch loss", "smoothed", "epoch training loss"};
    Color[] colors = {p.accent().deriveColor(0, 1, 1, 0.35), p.accent(), p.anomaly(), p.threshold()};
    double x = f.right - 170;
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
