package org.anomalyworkbench.core.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TrainingQuantileTest {
  private static final double[] TRAINING = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10};

  @Test
  void factorTimesTheQuantileOfTheTrainingScoresNotOfTheScoredRows() {
    ThresholdPolicy p = ThresholdPolicy.parse("train-quantile:0.95x1.5");
    // 0.95 quantile of 0..10 (linear) = 9.5; x 1.5 = 14.25. The scored rows (all 100) do not matter.
    assertEquals(14.25, p.resolve(new ThresholdContext(TRAINING, new double[] {100, 100}, null, null)), 1e-12);
    assertEquals(9.5, ThresholdPolicy.parse("train-quantile:0.95").resolve(
        new ThresholdContext(TRAINING, new double[] {0}, null, null)), 1e-12);
  }

  @Test
  void textFormRoundTripsAndSaysWhatItIs() {
    ThresholdPolicy p = ThresholdPolicy.parse("Train-Quantile: 0.99 x 1.5");
    assertEquals("train-quantile:0.99x1.5", p.toText());
    assertEquals(p, ThresholdPolicy.parse(p.toText()));
    assertEquals("1.5 x the 0.99 quantile of the training scores", p.describe());
    assertEquals("train-quantile:0.9", ThresholdPolicy.parse("train-quantile:0.9").toText());
  }

  @Test
  void badValuesAndMissingTrainingScoresSayWhatToDo() {
    assertThrows(IllegalArgumentException.class, () -> ThresholdPolicy.parse("train-quantile:1.2"));
    assertThrows(IllegalArgumentException.class, () -> ThresholdPolicy.parse("train-quantile:0.9x0"));
    assertThrows(IllegalArgumentException.class, () -> ThresholdPolicy.parse("train-quantile:"));
    var e = assertThrows(IllegalStateException.class, () -> ThresholdPolicy.parse("train-quantile:0.9")
        .resolve(new ThresholdContext(new double[0], new double[] {1}, null, null)));
    assertEquals(true, e.getMessage().contains("needs the scores of the training rows"));
  }
}
