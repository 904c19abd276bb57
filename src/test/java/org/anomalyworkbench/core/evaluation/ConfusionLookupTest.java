package org.anomalyworkbench.core.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.anomalyworkbench.core.scoring.SortedScores;
import org.junit.jupiter.api.Test;

class ConfusionLookupTest {
  @Test
  void matchesTheFullScanAtEveryThresholdWithTiesAndNaN() {
    SplittableRandom rnd = new SplittableRandom(7);
    int n = 500;
    double[] scores = new double[n];
    int[] labels = new int[n];
    for (int i = 0; i < n; i++) {
      scores[i] = i % 37 == 0 ? Double.NaN : rnd.nextInt(40) / 4.0;
      labels[i] = rnd.nextInt(10) == 0 ? 1 : 0;
    }
    ConfusionLookup lookup = new ConfusionLookup(new SortedScores(scores), labels);
    for (double t = -1; t <= 11; t += 0.125) {
      assertEquals(ConfusionMatrix.at(scores, labels, t), lookup.at(t), "threshold " + t);
    }
    assertEquals(ConfusionMatrix.at(scores, labels, Double.NaN), lookup.at(Double.NaN));
  }
}
