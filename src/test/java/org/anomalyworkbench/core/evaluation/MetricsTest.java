package org.anomalyworkbench.core.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MetricsTest {
  // Ranked: 0.9(+) then a tie 0.8(-), 0.8(+), then 0.1(-).
  private static final double[] TIED = {0.9, 0.8, 0.8, 0.1};
  private static final int[] TIED_LABELS = {1, 0, 1, 0};

  @Test
  void rocAucCountsTiesAsHalf() {
    // Pairs (pos, neg): 0.9>0.8, 0.9>0.1, 0.8=0.8 (1/2), 0.8>0.1 -> 3.5 of 4.
    assertEquals(0.875, Metrics.rocAuc(TIED, TIED_LABELS), 1e-15);
  }

  @Test
  void averagePrecisionGroupsTiesLikeScikitLearn() {
    // Thresholds 0.9: P=1, R=1/2; 0.8: P=2/3, R=1; 0.1: R unchanged. AP = 1/2*1 + 1/2*2/3.
    assertEquals(0.5 + 0.5 * 2 / 3.0, Metrics.averagePrecision(TIED, TIED_LABELS), 1e-15);
  }

  @Test
  void scikitLearnDocumentationExample() {
    double[] s = {0.1, 0.4, 0.35, 0.8};
    int[] y = {0, 0, 1, 1};
    assertEquals(0.75, Metrics.rocAuc(s, y), 1e-15);
    assertEquals(0.8333333333333333, Metrics.averagePrecision(s, y), 1e-15);
  }

  @Test
  void allTiedScoresAreChance() {
    double[] s = {0.5, 0.5, 0.5, 0.5};
    int[] y = {1, 0, 1, 0};
    assertEquals(0.5, Metrics.rocAuc(s, y), 1e-15);
    assertEquals(0.5, Metrics.averagePrecision(s, y), 1e-15);
  }

  @Test
  void rocAucMatchesPairCountingOnRandomTiedData() {
    SplittableRandom rnd = new SplittableRandom(3);
    int n = 600;
    double[] s = new double[n];
    int[] y = new int[n];
    for (int i = 0; i < n; i++) {
      y[i] = rnd.nextDouble() < 0.2 ? 1 : 0;
      s[i] = Math.round((rnd.nextDouble() + 0.3 * y[i]) * 20) / 20.0; // many ties
    }
    double pairs = 0;
    long count = 0;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        if (y[i] == 1 && y[j] == 0) {
          pairs += s[i] > s[j] ? 1 : s[i] == s[j] ? 0.5 : 0;
          count++;
        }
      }
    }
    assertEquals(pairs / count, Metrics.rocAuc(s, y), 1e-12);
    assertEquals(bruteForceAp(s, y), Metrics.averagePrecision(s, y), 1e-12);
  }

  /** AP straight from the definition: every distinct score as a threshold, counted by a full scan. */
  private static double bruteForceAp(double[] s, int[] y) {
    double[] distinct = java.util.Arrays.stream(s).distinct().sorted().toArray();
    int positives = java.util.Arrays.stream(y).sum();
    double ap = 0;
    double prevRecall = 0;
    for (int i = distinct.length - 1; i >= 0; i--) {
      int tp = 0;
      int flagged = 0;
      for (int r = 0; r < s.length; r++) {
        if (s[r] >= distinct[i]) {
          flagged++;
          tp += y[r];
        }
      }
      double recall = (double) tp / positives;
      ap += (recall - prevRecall) * tp / flagged;
      prevRecall = recall;
    }
    return ap;
  }

  @Test
  void precisionAtKSharesTiedPlacesInProportion() {
    double[] s = {0.9, 0.5, 0.5, 0.5, 0.1};
    int[] y = {1, 1, 0, 0, 1};
    // k = 3 anomalies: 0.9 (+) and 2 of the 3 tied rows, which hold 1 anomaly: (1 + 2/3) / 3.
    assertEquals((1 + 2 / 3.0) / 3, Metrics.precisionAtK(s, y), 1e-15);
    assertEquals(1.0, Metrics.precisionAtK(s, y, 1), 1e-15);
    assertEquals(0.6, Metrics.precisionAtK(s, y, 99), 1e-15); // capped at all 5 rows
    assertTrue(Double.isNaN(Metrics.precisionAtK(s, y, 0)));
  }

  @Test
  void degenerateLabelsGiveNaNAndAReason() {
    double[] s = {0.3, 0.2, 0.1};
    int[] normal = {0, 0, 0};
    assertTrue(Double.isNaN(Metrics.rocAuc(s, normal)));
    assertTrue(Double.isNaN(Metrics.averagePrecision(s, normal)));
    assertTrue(Double.isNaN(Metrics.precisionAtK(s, normal)));
    assertTrue(Metrics.undefinedReason(normal).orElseThrow().contains("No row is labelled 1"));

    int[] anomalous = {1, 1, 1};
    assertTrue(Double.isNaN(Metrics.rocAuc(s, anomalous)));
    assertEquals(1.0, Metrics.averagePrecision(s, anomalous), 0);
    assertTrue(Metrics.undefinedReason(anomalous).orElseThrow().contains("No row is labelled 0"));
    assertTrue(Metrics.undefinedReason(new int[] {0, 1}).isEmpty());
    assertTrue(Double.isNaN(Metrics.rocAuc(new double[0], new int[0])));
  }

  @Test
  void nanScoresRankLowest() {
    assertEquals(0.0, Metrics.rocAuc(new double[] {Double.NaN, 0.5}, new int[] {1, 0}), 0);
    assertEquals(1.0, Metrics.rocAuc(new double[] {0.2, Double.NaN}, new int[] {1, 0}), 0);
  }

  @Test
  void badInputNamesTheProblem() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Metrics.rocAuc(new double[] {1, 2}, new int[] {0, 2}));
    assertTrue(e.getMessage().contains("row 1 is 2"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Metrics.rocAuc(new double[] {1, 2}, new int[] {0}));
    assertTrue(e.getMessage().contains("2 scores but 1 labels"), e.getMessage());
  }
}
