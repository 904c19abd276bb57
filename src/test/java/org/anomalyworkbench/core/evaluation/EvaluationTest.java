package org.anomalyworkbench.core.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EvaluationTest {

  @Test
  void everythingAtOneThreshold() {
    double[] s = {0.9, 0.8, 0.8, 0.1};
    int[] y = {1, 0, 1, 0};
    Evaluation e = Evaluation.of(s, y, 0.8);
    assertEquals(new ConfusionMatrix(2, 1, 1, 0), e.confusion());
    assertEquals(2 / 3.0, e.precision(), 1e-15);
    assertEquals(1.0, e.recall(), 0);
    assertEquals(0.8, e.f1(), 1e-15);
    assertEquals(0.875, e.rocAuc(), 1e-15);
    assertEquals(0.5 + 1 / 3.0, e.averagePrecision(), 1e-15);
    assertEquals(2, e.k());
    assertEquals(0.75, e.precisionAtK(), 1e-15); // 0.9(+) and half of the tied pair's one anomaly
    assertEquals(2, e.positives());
    assertEquals(2, e.negatives());
    assertTrue(e.notes().isEmpty());
  }

  @Test
  void thresholdAboveEveryScoreExplainsUndefinedPrecision() {
    Evaluation e = Evaluation.of(new double[] {0.2, 0.1}, new int[] {1, 0}, 5);
    assertEquals(new ConfusionMatrix(0, 0, 1, 1), e.confusion());
    assertTrue(Double.isNaN(e.precision()));
    assertEquals(0.0, e.f1(), 0);
    assertTrue(e.notes().get(0).contains("precision is undefined"), e.notes().toString());
  }

  @Test
  void allNormalLabelsGiveNaNsWithAReasonNotAnException() {
    Evaluation e = Evaluation.of(new double[] {0.2, 0.1}, new int[] {0, 0}, 0.15);
    assertTrue(Double.isNaN(e.rocAuc()));
    assertTrue(Double.isNaN(e.averagePrecision()));
    assertTrue(Double.isNaN(e.recall()));
    assertTrue(Double.isNaN(e.precisionAtK()));
    assertEquals(0.0, e.precision(), 0);
    assertTrue(e.notes().get(0).contains("No row is labelled 1"));
  }

  @Test
  void confusionMatrixRatios() {
    ConfusionMatrix cm = new ConfusionMatrix(3, 1, 5, 2);
    assertEquals(0.75, cm.precision(), 0);
    assertEquals(0.6, cm.recall(), 0);
    assertEquals(6 / 9.0, cm.f1(), 1e-15);
    assertEquals(1 / 6.0, cm.falsePositiveRate(), 1e-15);
    assertEquals(8 / 11.0, cm.accuracy(), 1e-15);
    assertEquals(4, cm.flagged());
    assertEquals(11, cm.total());
  }
}
