package org.anomalyworkbench.core.evaluation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CurvesTest {
  private static final double[] TIED = {0.9, 0.8, 0.8, 0.1};
  private static final int[] TIED_LABELS = {1, 0, 1, 0};

  @Test
  void rocPointsGroupTiesAndStartAtOrigin() {
    RocCurve roc = RocCurve.of(TIED, TIED_LABELS);
    assertArrayEquals(new double[] {0, 0, 0.5, 1}, roc.falsePositiveRate(), 1e-15);
    assertArrayEquals(new double[] {0, 0.5, 1, 1}, roc.truePositiveRate(), 1e-15);
    assertArrayEquals(new double[] {Double.POSITIVE_INFINITY, 0.9, 0.8, 0.1}, roc.thresholds(), 0);
  }

  @Test
  void prPointsGroupTies() {
    PrCurve pr = PrCurve.of(TIED, TIED_LABELS);
    assertArrayEquals(new double[] {0.5, 1, 1}, pr.recall(), 1e-15);
    assertArrayEquals(new double[] {1, 2 / 3.0, 0.5}, pr.precision(), 1e-15);
    assertArrayEquals(new double[] {0.9, 0.8, 0.1}, pr.thresholds(), 0);
  }

  @Test
  void largeCurvesAreThinnedButKeepTheirEndsAndOrder() {
    SplittableRandom rnd = new SplittableRandom(11);
    int n = 200_000;
    double[] s = new double[n];
    int[] y = new int[n];
    for (int i = 0; i < n; i++) {
      y[i] = rnd.nextDouble() < 0.01 ? 1 : 0;
      s[i] = rnd.nextDouble() + y[i] * rnd.nextDouble();
    }
    RocCurve roc = RocCurve.of(s, y);
    assertTrue(roc.size() <= RocCurve.DEFAULT_MAX_POINTS && roc.size() > 1000, "points: " + roc.size());
    assertEquals(0, roc.falsePositiveRate()[0]);
    assertEquals(1, roc.falsePositiveRate()[roc.size() - 1]);
    assertEquals(1, roc.truePositiveRate()[roc.size() - 1]);
    for (int i = 1; i < roc.size(); i++) {
      assertTrue(roc.falsePositiveRate()[i] >= roc.falsePositiveRate()[i - 1]);
      assertTrue(roc.truePositiveRate()[i] >= roc.truePositiveRate()[i - 1]);
      assertTrue(roc.thresholds()[i] < roc.thresholds()[i - 1]);
    }
    // The trapezoid area of the thinned curve stays close to the exact AUC.
    double area = 0;
    for (int i = 1; i < roc.size(); i++) {
      area += (roc.falsePositiveRate()[i] - roc.falsePositiveRate()[i - 1])
          * (roc.truePositiveRate()[i] + roc.truePositiveRate()[i - 1]) / 2;
    }
    assertEquals(Metrics.rocAuc(s, y), area, 1e-3);

    PrCurve pr = PrCurve.of(s, y, 500);
    assertTrue(pr.size() <= 500, "points: " + pr.size());
    assertEquals(1, pr.recall()[pr.size() - 1]);
  }

  @Test
  void undefinedCurvesAreEmpty() {
    assertEquals(0, RocCurve.of(new double[] {1, 2}, new int[] {0, 0}).size());
    assertEquals(0, RocCurve.of(new double[] {1, 2}, new int[] {1, 1}).size());
    assertEquals(0, PrCurve.of(new double[] {1, 2}, new int[] {0, 0}).size());
    assertEquals(2, PrCurve.of(new double[] {1, 2}, new int[] {1, 1}).size());
  }
}
