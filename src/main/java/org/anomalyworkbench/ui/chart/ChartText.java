package org.anomalyworkbench.ui.chart;

import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * Text on a canvas chart, measured: where a string will land for the graphics context's font,
 * alignment and baseline, elided to a width, and recorded on its {@link ResizableCanvas} so that
 * tests can check that no two labels overlap and none leaves the canvas.
 */
public final class ChartText {
  private static final Text PROBE = new Text();

  private ChartText() {
  }

  /** The width of {@code s} in {@code font}. */
  public static double width(String s, Font font) {
    PROBE.setFont(font);
    PROBE.setText(s);
    return PROBE.getLayoutBounds().getWidth();
  }

  /** The line height of {@code font}. */
  public static double height(Font font) {
    PROBE.setFont(font);
    PROBE.setText("Ag");
    return PROBE.getLayoutBounds().getHeight();
  }

  /** Where {@code s} drawn at (x, y) with {@code g}'s current font, alignment and baseline lands. */
  public static Bounds bounds(GraphicsContext g, String s, double x, double y) {
    double w = width(s, g.getFont());
    double h = height(g.getFont());
    TextAlignment align = g.getTextAlign();
    double left = align == TextAlignment.CENTER ? x - w / 2 : align == TextAlignment.RIGHT ? x - w : x;
    VPos base = g.getTextBaseline();
    double top = base == VPos.TOP ? y : base == VPos.CENTER ? y - h / 2 : base == VPos.BOTTOM ? y - h : y - h * 0.8;
    return new BoundingBox(left, top, w, h);
  }

  /** Draws {@code s} and records where it landed on the canvas. */
  public static Bounds fill(GraphicsContext g, String s, double x, double y) {
    g.fillText(s, x, y);
    Bounds b = bounds(g, s, x, y);
    record(g, s, b);
    return b;
  }

  /** Records text drawn by other means (rotated titles) on the canvas. */
  static void record(GraphicsContext g, String s, Bounds b) {
    if (g.getCanvas() instanceof ResizableCanvas c) {
      c.noteText(s, b);
    }
  }

  /**
   * {@code s} cut at the end with "…" so that it fits {@code maxWidth} in {@code font}; {@code s}
   * itself when it fits. Callers that elide show the full text elsewhere (a tooltip).
   */
  public static String fit(String s, Font font, double maxWidth) {
    if (width(s, font) <= maxWidth) {
      return s;
    }
    int lo = 0;
    int hi = s.length();
    while (lo < hi) {
      int mid = (lo + hi + 1) / 2;
      if (width(s.substring(0, mid) + "…", font) <= maxWidth) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo == 0 ? "" : s.substring(0, lo).stripTrailing() + "…";
  }
}
