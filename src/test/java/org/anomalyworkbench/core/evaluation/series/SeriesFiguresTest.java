package org.anomalyworkbench.core.evaluation.series;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SeriesFiguresTest {
  @Test
  void detectorAndBaselineAreJudgedOnTheSameSeriesAndTheSameNumberOfFlags() {
    int n = 1000;
    double[] scores = new double[n];
    int[] labels = new int[n];
    float[] values = new float[n];
    for (int p = 0; p < n; p++) {
      labels[p] = p >= 600 && p < 620 ? 1 : 0;
      scores[p] = labels[p]; // a perfect detector
      values[p] = (float) Math.sin(p / 7.0) + (p == 300 ? 9f : 0f); // the baseline's top point is a normal spike
    }
    SeriesFigures f = new SeriesFigures(scores, labels, values, 1);
    assertEquals(1.0, f.vusPr(), 1e-9);
    SeriesFigures.AtThreshold at = f.atThreshold(0.5);
    assertEquals(1.0, at.detector().f1(), 0);
    assertEquals(20, at.detector().flaggedPoints());
    assertEquals(20, at.baseline().flaggedPoints(), "the baseline flags as many points");
    assertTrue(at.baseline().f1() < 1, "its spike at 300 is not an incident: " + at.baseline().f1());
    assertTrue(f.baselineRocAuc() < 0.9, "the sine alone does not find the labelled stretch: " + f.baselineRocAuc());
    assertEquals(0, f.atThreshold(2).baseline().flaggedPoints(), "nothing flagged, nothing for the baseline either");
  }
}
