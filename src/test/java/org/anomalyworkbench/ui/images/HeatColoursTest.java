package org.anomalyworkbench.ui.images;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HeatColoursTest {
  private static int alpha(int argb) {
    return argb >>> 24;
  }

  private static int red(int argb) {
    return (argb >> 16) & 0xff;
  }

  private static int green(int argb) {
    return (argb >> 8) & 0xff;
  }

  @Test
  void noErrorAndSmallErrorsAreTransparentSoTheImageShowsThrough() {
    assertEquals(0, HeatColours.argb(0));
    assertEquals(0, HeatColours.argb(Double.NaN));
    assertEquals(0, HeatColours.argb(-3));
    assertEquals(0, HeatColours.argb(HeatColours.FLOOR));
    assertTrue(alpha(HeatColours.argb(HeatColours.FLOOR + 0.05)) > 0);
  }

  @Test
  void largerErrorsAreMoreOpaqueAndRedderUpToTheTopOfTheScale() {
    int previousAlpha = 0;
    int previousGreen = 256;
    for (double t = 0.25; t <= 1.0001; t += 0.05) {
      int c = HeatColours.argb(t);
      assertTrue(alpha(c) > previousAlpha, "alpha grows at " + t);
      assertTrue(green(c) <= previousGreen, "from yellow towards red at " + t);
      previousAlpha = alpha(c);
      previousGreen = green(c);
    }
    assertEquals(HeatColours.argb(1), HeatColours.argb(7), "clamped at the top");
    assertEquals(Math.round(255 * 0.85), alpha(HeatColours.argb(1)));
    assertTrue(red(HeatColours.argb(1)) > 3 * green(HeatColours.argb(1)), "the top is red");
  }

  @Test
  void theOpaqueScaleRunsFromBlackToBrightAndIsAlwaysOpaque() {
    assertEquals(0xff000000, HeatColours.opaqueArgb(0));
    int previous = -1;
    for (double t = 0.05; t <= 0.6; t += 0.05) {
      int c = HeatColours.opaqueArgb(t);
      assertEquals(255, alpha(c));
      assertTrue(red(c) > previous, "brighter at " + t);
      previous = red(c);
    }
  }
}
