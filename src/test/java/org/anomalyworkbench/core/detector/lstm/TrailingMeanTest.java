package org.anomalyworkbench.core.detector.lstm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class TrailingMeanTest {
  @Test
  void averagesTheLastKPointsAndTheirContributions() {
    double[] s = {4, 0, 2, 6, 1};
    float[] c = {4, 0, 0, 0, 1, 1, 3, 3, 1, 0};
    TrailingMean.apply(s, c, 2, 3);
    assertArrayEquals(new double[] {4, 2, 2, 8 / 3.0, 3}, s, 1e-12);
    assertArrayEquals(new float[] {4, 0, 2, 0, 5 / 3f, 1 / 3f, 4 / 3f, 4 / 3f, 5 / 3f, 4 / 3f}, c, 1e-6f);
  }

  @Test
  void oneLeavesScoresAlone() {
    double[] s = {4, 0, 2};
    TrailingMean.apply(s, new float[3], 1, 1);
    assertArrayEquals(new double[] {4, 0, 2}, s, 0);
  }
}
