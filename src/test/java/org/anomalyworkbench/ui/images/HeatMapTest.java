package org.anomalyworkbench.ui.images;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.anomalyworkbench.core.data.SampleShape;
import org.anomalyworkbench.core.detector.Scores;
import org.junit.jupiter.api.Test;

class HeatMapTest {
  @Test
  void aPixelsHeatIsItsChannelsAbsoluteContributionsSummed() {
    // One 1x2 RGB image, channel-major: red (1, -2), green (3, 0), blue (-1, 5).
    Scores s = new Scores(new double[] {1}, new float[] {1, -2, 3, 0, -1, 5},
        List.of("red 0,0", "red 0,1", "green 0,0", "green 0,1", "blue 0,0", "blue 0,1"));
    assertArrayEquals(new float[] {5, 7}, HeatMap.of(s, 0, new SampleShape.Image(1, 2, 3)));
  }

  @Test
  void scoresWithoutPerPixelContributionsHaveNoMap() {
    Scores other = new Scores(new double[] {1}, new float[] {1, 2}, List.of("x", "y"));
    assertNull(HeatMap.of(other, 0, new SampleShape.Image(2, 2, 1)), "two features are not a 2x2 image");
    assertEquals(1, HeatMap.scale(other, new SampleShape.Image(2, 2, 1)));
  }

  @Test
  void theScaleIsAHighPercentileOfAllPixelsSoOneFreakPixelDoesNotSetIt() {
    int images = 1000;
    float[] c = new float[images * 4];
    java.util.Arrays.fill(c, 2f);
    c[5] = 1000; // one freak pixel
    double[] v = new double[images];
    Scores s = new Scores(v, c, List.of("p0", "p1", "p2", "p3"));
    assertEquals(2, HeatMap.scale(s, new SampleShape.Image(2, 2, 1)), 1e-9);
  }

  @Test
  void theOverlayMapsTheScaleTopToTheTopColour() {
    int[] px = HeatMap.overlay(new float[] {0, 4, 8, 100}, 8);
    assertEquals(0, px[0]);
    assertEquals(HeatColours.argb(0.5), px[1]);
    assertEquals(HeatColours.argb(1), px[2]);
    assertEquals(HeatColours.argb(1), px[3], "above the scale is clamped");
  }
}
