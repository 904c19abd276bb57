package org.anomalyworkbench.core.evaluation.series;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SeriesEvaluationTest {
  // Events {1,2} and {5}; ranking 1(+) 2(+) 4(-) 5(+) 3(-) 0(-); flags at 1 and 4.
  private static final double[] SCORES = {0.1, 0.9, 0.8, 0.2, 0.7, 0.3};
  private static final int[] LABELS = {0, 1, 1, 0, 0, 1};
  private static final boolean[] FLAGS = {false, true, false, false, true, false};

  @Test
  void handComputedSeries() {
    SeriesEvaluation e = SeriesEvaluation.of(SCORES, LABELS, FLAGS, 0);
    // Pairs: 0.9 and 0.8 beat all three normals, 0.3 beats 0.2 and 0.1: 8 of 9.
    assertEquals(8 / 9.0, e.rocAuc(), 1e-15);
    // Precision at each anomaly: 1, 1, 3/4.
    assertEquals((1 + 1 + 0.75) / 3, e.averagePrecision(), 1e-15);
    assertEquals(0.5, e.eventRecall(), 1e-15); // {1,2} hit, {5} missed
    assertEquals(0.5, e.eventPrecision(), 1e-15); // 1 of 2 flags labelled
    assertEquals(0.5, e.eventF1(), 1e-15);
    // Buffer 0 only: {1}: R = 1/3 * 1/2, precision 1; {1,2}: R = 2/3 * 1/2, precision 1; +4: no
    // recall; +5: R = 1, precision 3/4. 1/6 + 1/6 + 2/3 * 3/4.
    assertEquals(1 / 6.0 + 1 / 6.0 + 0.5, e.vusPr(), 1e-15);
    assertEquals(2, e.labelledEvents());
  }

  @Test
  void defaultUsesVusDefaultBuffer() {
    assertEquals(VusPr.of(SCORES, LABELS), SeriesEvaluation.of(SCORES, LABELS, FLAGS).vusPr(), 0.0);
  }

  @Test
  void unlabelledSeriesIsUndefinedNotAnError() {
    SeriesEvaluation e = SeriesEvaluation.of(SCORES, new int[6], FLAGS);
    assertEquals(Double.NaN, e.rocAuc());
    assertEquals(Double.NaN, e.averagePrecision());
    assertEquals(Double.NaN, e.eventRecall());
    assertEquals(0.0, e.eventPrecision());
    assertEquals(Double.NaN, e.eventF1());
    assertEquals(Double.NaN, e.vusPr());
    assertEquals(0, e.labelledEvents());
  }

  @Test
  void lengthsMustAgree() {
    assertThrows(IllegalArgumentException.class, () -> SeriesEvaluation.of(SCORES, LABELS, new boolean[5]));
    assertThrows(IllegalArgumentException.class, () -> SeriesEvaluation.of(SCORES, new int[5], FLAGS));
  }
}
