package org.anomalyworkbench.core.detector.latent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.anomalyworkbench.core.data.PreparedData;
import org.anomalyworkbench.core.data.SyntheticData;
import org.anomalyworkbench.core.detector.ConfigBinder;
import org.anomalyworkbench.core.detector.Scores;
import org.anomalyworkbench.core.detector.TrainingContext;
import org.anomalyworkbench.core.detector.dl4j.DeepDetectorChecks;
import org.junit.jupiter.api.Test;

/** Three features give a one-layer encoder whose bottleneck is layer 0 (the http set's shape). */
class LatentKnnNarrowInputTest {
  @Test
  void embedsThroughABottleneckAtLayerZero() {
    PreparedData data = DeepDetectorChecks.standardized(SyntheticData.matrix(600, 3, 0.05, 5));
    LatentKnnConfig config = ConfigBinder.bind(LatentKnnConfig.defaults(),
        Map.of("epochs", "3", "patience", "0", "minSteps", "0"));
    Scores scores = new LatentKnnDetector().train(data.withoutLabels(), config, TrainingContext.seeded(1)).score(data);
    assertEquals(600, scores.size());
    for (double s : scores.values()) {
      assertTrue(Double.isFinite(s) && s >= 0);
    }
  }
}
