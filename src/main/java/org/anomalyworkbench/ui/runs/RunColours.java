package org.anomalyworkbench.ui.runs;

import javafx.scene.paint.Color;

/**
 * One colour per run, the same in the runs table, the metrics table and the overlaid curves,
 * so that a curve is found by its run's swatch. Mid-tone hues that read on the light and the
 * dark theme; after eight they repeat.
 */
public final class RunColours {
  private static final Color[] HUES = {
      Color.web("#4e79a7"), Color.web("#f28e2b"), Color.web("#e15759"), Color.web("#59a14f"),
      Color.web("#b07aa1"), Color.web("#76b7b2"), Color.web("#edc948"), Color.web("#9c755f")};

  private RunColours() {
  }

  /** The colour of the run at {@code index} in the project's list of runs. */
  public static Color of(int index) {
    return HUES[Math.floorMod(index, HUES.length)];
  }

  /** A CSS colour literal of the same colour, for cell backgrounds. */
  static String css(Color c) {
    return String.format(java.util.Locale.ROOT, "rgba(%d,%d,%d,%.3f)", Math.round(c.getRed() * 255),
        Math.round(c.getGreen() * 255), Math.round(c.getBlue() * 255), c.getOpacity());
  }
}
