package org.anomalyworkbench.ui.chart;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.paint.Color;

/**
 * Colours of the canvas charts, one set per theme (canvases are not styled by CSS). The theme
 * switch sets {@link #currentProperty()} and every chart repaints.
 *
 * @param background plot background
 * @param grid grid lines
 * @param axis axis lines and tick labels
 * @param text titles and legends
 * @param normal bars/points of rows labelled or believed normal
 * @param anomaly bars of rows labelled anomalous
 * @param flaggedShade translucent shade over the flagged score range
 * @param threshold the threshold line
 * @param highlight selected bins/points
 * @param accent curves and single-series bars
 */
public record ChartPalette(Color background, Color grid, Color axis, Color text, Color normal, Color anomaly,
    Color flaggedShade, Color threshold, Color highlight, Color accent) {

  public static final ChartPalette LIGHT = new ChartPalette(
      Color.web("#ffffff"), Color.web("#e6e8ec"), Color.web("#5f6672"), Color.web("#222831"),
      Color.web("#6f8fb8"), Color.web("#e8912d"), Color.web("#d64545", 0.10), Color.web("#d64545"),
      Color.web("#1f6feb"), Color.web("#2f6fb3"));

  public static final ChartPalette DARK = new ChartPalette(
      Color.web("#1e2228"), Color.web("#30353d"), Color.web("#9aa3ae"), Color.web("#e4e7eb"),
      Color.web("#6f94c4"), Color.web("#f0a04b"), Color.web("#ff6b6b", 0.13), Color.web("#ff6b6b"),
      Color.web("#58a6ff"), Color.web("#7fb2ea"));

  private static final ObjectProperty<ChartPalette> CURRENT = new SimpleObjectProperty<>(LIGHT);

  public static ObjectProperty<ChartPalette> currentProperty() {
    return CURRENT;
  }

  public static ChartPalette current() {
    return CURRENT.get();
  }

  /**
   * A colour for a score's position among all scores (0 = lowest, 1 = highest): muted blue
   * for the bulk, through amber to red for the most anomalous, readable on both themes.
   */
  public static int scoreArgb(double t) {
    double x = Math.max(0, Math.min(1, t));
    // Spend most of the ramp on the top few percent, where the anomalies are.
    x = Math.pow(x, 6);
    double[][] stops = {{0x5b, 0x84, 0xb1}, {0x8f, 0xbc, 0x8f}, {0xf2, 0xc1, 0x4e}, {0xe8, 0x6a, 0x2c}, {0xc6, 0x28, 0x28}};
    double pos = x * (stops.length - 1);
    int i = Math.min(stops.length - 2, (int) pos);
    double f = pos - i;
    int r = (int) Math.round(stops[i][0] + f * (stops[i + 1][0] - stops[i][0]));
    int g = (int) Math.round(stops[i][1] + f * (stops[i + 1][1] - stops[i][1]));
    int b = (int) Math.round(stops[i][2] + f * (stops[i + 1][2] - stops[i][2]));
    return 0xff000000 | (r << 16) | (g << 8) | b;
  }

  /** Packs a colour as ARGB for pixel buffers. */
  public static int argb(Color c) {
    return ((int) Math.round(c.getOpacity() * 255) << 24) | ((int) Math.round(c.getRed() * 255) << 16)
        | ((int) Math.round(c.getGreen() * 255) << 8) | (int) Math.round(c.getBlue() * 255);
  }
}
