package org.anomalyworkbench.core.detector.ensemble;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ScoreNormalizerTest {
  private final double[] training = {1, 2, 2, 3, 4, 5, 6, 7, 8, 10};

  @Test
  void rankIsTheMidpointCdfOfTrainingScores() {
    ScoreNormalizer n = ScoreNormalizer.fit(EnsembleConfig.Normalization.RANK, training);
    assertEquals(0.05, n.apply(1), 1e-12);
    assertEquals(0.2, n.apply(2), 1e-12);
    assertEquals(0.0, n.apply(0.5), 1e-12);
    assertEquals(0.95, n.apply(10), 1e-12);
    assertTrue(n.apply(11) > 1 && n.apply(20) > n.apply(11), "beyond training keeps ranking higher");
  }

  @Test
  void zscoreUsesTrainingMeanAndSd() {
    ScoreNormalizer n = ScoreNormalizer.fit(EnsembleConfig.Normalization.ZSCORE, new double[] {1, 3});
    assertEquals(0, n.apply(2), 1e-12);
    assertEquals(1, n.apply(3), 1e-12);
  }

  @Test
  void stateRoundTrips() {
    ScoreNormalizer n = ScoreNormalizer.fit(EnsembleConfig.Normalization.RANK, training);
    ScoreNormalizer back = ScoreNormalizer.of(EnsembleConfig.Normalization.RANK, n.state());
    for (double x : new double[] {0, 2, 4.5, 10, 30}) {
      assertEquals(n.apply(x), back.apply(x), 0);
    }
  }
}
