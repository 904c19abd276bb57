package org.anomalyworkbench.core.report.document;

import org.anomalyworkbench.core.training.LossCurve;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.anomalyworkbench.core.evaluation.PrCurve;
import org.anomalyworkbench.core.evaluation.RocCurve;
import org.anomalyworkbench.core.scoring.ScoreHistogram;
import org.anomalyworkbench.core.scoring.SortedScores;

/**
 * Draws a report's charts with java.awt (core has no JavaFX): the score histogram with the
 * threshold, the training curve, and ROC and precision-recall curves, one line per run.
 */
public final class ReportCharts {
  static final int WIDTH = 500;
  static final int HEIGHT = 210;
  static final int CURVE_SIDE = 250;
  private static final int SCALE = 2;
  private static final int BINS = 40;
  static final Color[] RUN_COLOURS = {new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c),
      new Color(0x9467bd), new Color(0xff7f0e), new Color(0x8c564b)};
  private static final Color NORMAL = new Color(0x7fa7cf);
  private static final Color ANOMALY = new Color(0xe8892b);
  private static final Color THRESHOLD = new Color(0xc0392b);

  private ReportCharts() {
  }

  /**
   * The score histogram: labelled anomalies stacked on normal rows when labels exist, the
   * flagged side of the threshold shaded, and the threshold as a red line.
   */
  public static Chart histogram(ReportRun run) {
    double[] scores = run.scored().scores().values();
    int[] labels = run.scored().labels();
    // The window's bins: a few huge scores do not squeeze every other row into the first bar.
    ScoreHistogram h = ScoreHistogram.of(scores, labels, SortedScores.of(scores), BINS);
    double lo = h.low();
    double hi = h.high();
    double t = run.threshold();
    int max = Math.max(1, h.maxCount());
    Canvas c = new Canvas(WIDTH, HEIGHT, lo, hi, 0, max * 1.08);
    double tx = Double.isFinite(t) ? c.x(Math.max(lo, Math.min(hi, t))) : Double.NaN;
    if (Double.isFinite(t)) {
      c.g.setColor(new Color(255, 230, 225));
      c.g.fill(new Rectangle2D.Double(tx, c.top, c.right - tx, c.bottom - c.top));
    }
    for (int b = 0; b < h.bins(); b++) {
      int anomalous = h.hasLabels() ? h.positives(b) : 0;
      int normal = h.count(b) - anomalous;
      c.bar(h.edge(b), h.edge(b + 1), 0, normal, NORMAL);
      c.bar(h.edge(b), h.edge(b + 1), normal, normal + anomalous, ANOMALY);
    }
    c.axes(h.clipped() ? "score (the last bar also holds every score above " + number(hi) + ")" : "score", "rows");
    if (Double.isFinite(t)) {
      c.g.setColor(THRESHOLD);
      c.g.setStroke(new BasicStroke(2f));
      c.g.draw(new Line2D.Double(tx, c.top, tx, c.bottom));
      c.g.setFont(c.small);
      String text = "threshold " + number(t) + (t > hi ? " (beyond the last bar)" : "");
      FontMetrics fm = c.g.getFontMetrics();
      double textX = tx + 4;
      if (textX + fm.stringWidth(text) > c.right) {
        textX = tx - 4 - fm.stringWidth(text);
      }
      c.g.drawString(text, (float) textX, (float) c.top + fm.getAscent());
    }
    List<String> names = new ArrayList<>();
    List<Color> colours = new ArrayList<>();
    names.add(labels == null ? "rows" : "labelled normal");
    colours.add(NORMAL);
    if (labels != null) {
      names.add("labelled anomaly");
      colours.add(ANOMALY);
    }
    names.add("flagged side");
    colours.add(new Color(255, 210, 200));
    c.legend(names, colours);
    return new Chart("Score histogram with the threshold", c.png(), WIDTH, HEIGHT);
  }

  /** The training and validation loss per epoch. */
  public static Chart loss(LossCurve curve) {
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (double[] series : new double[][] {curve.train(), curve.validation()}) {
      for (double v : series) {
        if (Double.isFinite(v)) {
          lo = Math.min(lo, v);
          hi = Math.max(hi, v);
        }
      }
    }
    if (!(lo <= hi)) {
      lo = 0;
      hi = 1;
    }
    double pad = (hi - lo) * 0.05 + (hi == lo ? 1 : 0);
    Canvas c = new Canvas(WIDTH, HEIGHT, 1, Math.max(2, curve.epochs()), Math.max(0, lo - pad), hi + pad);
    c.axes("epoch", "loss");
    c.line(epochs(curve.epochs()), curve.train(), RUN_COLOURS[0]);
    List<String> names = new ArrayList<>(List.of("training"));
    List<Color> colours = new ArrayList<>(List.of(RUN_COLOURS[0]));
    if (curve.hasValidation()) {
      c.line(epochs(curve.epochs()), curve.validation(), RUN_COLOURS[1]);
      names.add("validation");
      colours.add(RUN_COLOURS[1]);
    }
    c.legend(names, colours);
    return new Chart("Training curve", c.png(), WIDTH, HEIGHT);
  }

  /** ROC curves, one per run with labels, with the diagonal of a random ranking. */
  public static Chart roc(List<RunFacts> runs) {
    Canvas c = new Canvas(CURVE_SIDE, CURVE_SIDE, 0, 1, 0, 1);
    c.axes("false positive rate", "true positive rate");
    c.g.setColor(Color.LIGHT_GRAY);
    c.g.setStroke(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 4f}, 0f));
    c.g.draw(new Line2D.Double(c.x(0), c.y(0), c.x(1), c.y(1)));
    List<String> names = new ArrayList<>();
    List<Color> colours = new ArrayList<>();
    for (int i = 0; i < runs.size(); i++) {
      RocCurve r = runs.get(i).roc();
      if (r != null) {
        c.line(r.falsePositiveRate(), r.truePositiveRate(), RUN_COLOURS[i % RUN_COLOURS.length]);
        names.add(legendName(runs, i));
        colours.add(RUN_COLOURS[i % RUN_COLOURS.length]);
      }
    }
    if (runs.size() > 1) {
      c.legendInside(names, colours, false);
    }
    return new Chart("ROC curve", c.png(), CURVE_SIDE, CURVE_SIDE);
  }

  /** Precision-recall curves, one per run with labels, with the share of anomalies as baseline. */
  public static Chart pr(List<RunFacts> runs) {
    Canvas c = new Canvas(CURVE_SIDE, CURVE_SIDE, 0, 1, 0, 1);
    c.axes("recall", "precision");
    List<String> names = new ArrayList<>();
    List<Color> colours = new ArrayList<>();
    for (int i = 0; i < runs.size(); i++) {
      PrCurve p = runs.get(i).pr();
      if (p != null) {
        c.line(p.recall(), p.precision(), RUN_COLOURS[i % RUN_COLOURS.length]);
        names.add(legendName(runs, i));
        colours.add(RUN_COLOURS[i % RUN_COLOURS.length]);
      }
    }
    if (runs.size() > 1) {
      c.legendInside(names, colours, true);
    }
    return new Chart("Precision-recall curve", c.png(), CURVE_SIDE, CURVE_SIDE);
  }

  private static String legendName(List<RunFacts> runs, int i) {
    return (i + 1) + ". " + runs.get(i).run().detectorId();
  }

  private static double[] epochs(int n) {
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = i + 1;
    }
    return x;
  }

  static String number(double v) {
    if (v == 0 || (Math.abs(v) >= 1e-3 && Math.abs(v) < 1e5)) {
      String s = String.format(Locale.ROOT, "%.4f", v);
      return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
    }
    return String.format(Locale.ROOT, "%.3e", v);
  }

  /** A plot area with data coordinates, drawn at {@link #SCALE}x. */
  private static final class Canvas {
    final BufferedImage image;
    final Graphics2D g;
    final Font small = new Font(Font.SANS_SERIF, Font.PLAIN, 10);
    final double left = 48;
    final double top = 22;
    final double right;
    final double bottom;
    final double x0;
    final double x1;
    final double y0;
    final double y1;

    Canvas(int width, int height, double x0, double x1, double y0, double y1) {
      image = new BufferedImage(width * SCALE, height * SCALE, BufferedImage.TYPE_INT_RGB);
      g = image.createGraphics();
      g.scale(SCALE, SCALE);
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, width, height);
      right = width - 12;
      bottom = height - 34;
      this.x0 = x0;
      this.x1 = x1;
      this.y0 = y0;
      this.y1 = y1;
    }

    double x(double v) {
      return left + (v - x0) / (x1 - x0) * (right - left);
    }

    double y(double v) {
      return bottom - (v - y0) / (y1 - y0) * (bottom - top);
    }

    void bar(double from, double to, double low, double high, Color colour) {
      if (high <= low) {
        return;
      }
      g.setColor(colour);
      g.fill(new Rectangle2D.Double(x(from), y(high), Math.max(1, x(to) - x(from) - 0.6), y(low) - y(high)));
    }

    void line(double[] xs, double[] ys, Color colour) {
      Path2D.Double p = new Path2D.Double();
      boolean started = false;
      for (int i = 0; i < xs.length; i++) {
        if (!Double.isFinite(ys[i])) {
          continue;
        }
        if (started) {
          p.lineTo(x(xs[i]), y(ys[i]));
        } else {
          p.moveTo(x(xs[i]), y(ys[i]));
          started = true;
        }
      }
      g.setColor(colour);
      g.setStroke(new BasicStroke(1.6f));
      g.draw(p);
    }

    void axes(String xName, String yName) {
      g.setFont(small);
      FontMetrics fm = g.getFontMetrics();
      g.setStroke(new BasicStroke(0.8f));
      for (double t : ticks(y0, y1)) {
        g.setColor(new Color(0xeeeeee));
        g.draw(new Line2D.Double(left, y(t), right, y(t)));
        g.setColor(Color.DARK_GRAY);
        String s = number(t);
        g.drawString(s, (float) (left - 4 - fm.stringWidth(s)), (float) (y(t) + fm.getAscent() / 2.0 - 1));
      }
      double lastEnd = Double.NEGATIVE_INFINITY;
      for (double t : ticks(x0, x1)) {
        String s = number(t);
        double w = fm.stringWidth(s);
        double at = x(t) - w / 2;
        if (at < lastEnd + 6) {
          continue;
        }
        g.setColor(Color.DARK_GRAY);
        g.draw(new Line2D.Double(x(t), bottom, x(t), bottom + 3));
        g.drawString(s, (float) at, (float) (bottom + 4 + fm.getAscent()));
        lastEnd = at + w;
      }
      g.setColor(Color.GRAY);
      g.draw(new Line2D.Double(left, bottom, right, bottom));
      g.draw(new Line2D.Double(left, top, left, bottom));
      g.setColor(Color.DARK_GRAY);
      g.drawString(xName, (float) ((left + right - fm.stringWidth(xName)) / 2), (float) (bottom + 16 + fm.getAscent()));
      Graphics2D r = (Graphics2D) g.create();
      r.rotate(-Math.PI / 2);
      r.drawString(yName, (float) -((top + bottom + fm.stringWidth(yName)) / 2), 10f + fm.getAscent() - 6);
      r.dispose();
    }

    /** A legend in a row above the plot, so it never covers data. */
    void legend(List<String> names, List<Color> colours) {
      g.setFont(small);
      FontMetrics fm = g.getFontMetrics();
      double x = left;
      for (int i = 0; i < names.size(); i++) {
        g.setColor(colours.get(i));
        g.fill(new Rectangle2D.Double(x, 6, 10, 9));
        g.setColor(Color.DARK_GRAY);
        g.drawString(names.get(i), (float) (x + 14), 6f + fm.getAscent() - 1);
        x += 14 + fm.stringWidth(names.get(i)) + 14;
      }
    }

    /** A legend in a corner of a square curve chart: bottom right for ROC, bottom left for PR. */
    void legendInside(List<String> names, List<Color> colours, boolean leftSide) {
      g.setFont(small);
      FontMetrics fm = g.getFontMetrics();
      int width = 0;
      for (String n : names) {
        width = Math.max(width, fm.stringWidth(n));
      }
      double boxW = width + 26;
      double boxH = names.size() * (fm.getHeight()) + 6;
      double bx = leftSide ? left + 6 : right - boxW - 6;
      double by = bottom - boxH - 6;
      g.setColor(new Color(255, 255, 255, 220));
      g.fill(new Rectangle2D.Double(bx, by, boxW, boxH));
      g.setColor(Color.LIGHT_GRAY);
      g.draw(new Rectangle2D.Double(bx, by, boxW, boxH));
      for (int i = 0; i < names.size(); i++) {
        double ly = by + 3 + i * fm.getHeight();
        g.setColor(colours.get(i));
        g.fill(new Rectangle2D.Double(bx + 5, ly + 3, 12, 3));
        g.setColor(Color.DARK_GRAY);
        g.drawString(names.get(i), (float) (bx + 21), (float) (ly + fm.getAscent()));
      }
    }

    byte[] png() {
      g.dispose();
      return Thumbnails.png(image);
    }
  }

  /** About five round ticks between {@code lo} and {@code hi}. */
  static List<Double> ticks(double lo, double hi) {
    double span = hi - lo;
    double raw = span / 5;
    double mag = Math.pow(10, Math.floor(Math.log10(raw)));
    double step = mag;
    for (double m : new double[] {1, 2, 2.5, 5, 10}) {
      if (m * mag >= raw) {
        step = m * mag;
        break;
      }
    }
    List<Double> out = new ArrayList<>();
    for (double t = Math.ceil(lo / step) * step; t <= hi + step * 1e-9; t += step) {
      out.add(Math.abs(t) < step * 1e-9 ? 0 : t);
    }
    return out;
  }
}
