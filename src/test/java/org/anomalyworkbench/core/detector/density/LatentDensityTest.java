package org.anomalyworkbench.core.detector.density;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Map;
import org.anomalyworkbench.core.data.PreparedData;
import org.anomalyworkbench.core.detector.ConfigBinder;
import org.anomalyworkbench.core.detector.CorrelatedAnomalies;
import org.anomalyworkbench.core.detector.Scores;
import org.anomalyworkbench.core.detector.TrainedDetector;
import org.anomalyworkbench.core.detector.TrainingContext;
import org.anomalyworkbench.core.detector.dl4j.DeepDetectorChecks;
import org.anomalyworkbench.core.detector.latent.LatentKnnConfig;
import org.anomalyworkbench.core.detector.statistical.ModelFiles;
import org.anomalyworkbench.core.evaluation.Metrics;
import org.junit.jupiter.api.Test;

/** The density detector's option of fitting the density in an autoencoder's latent space. */
class LatentDensityTest {
  private final DensityDetector detector = new DensityDetector();
  private final DensityConfig latent = ConfigBinder.bind(DensityConfig.defaults(),
      Map.of("space", "AUTOENCODER_LATENT"));

  @Test
  void theLearnedEmbeddingBeatsAnUntrainedEncoder() {
    // Normal rows form three clusters on a 2-dimensional manifold in 8 features, anomalies lie on
    // the manifold between them, and 12 more features are independent noise: an embedding that
    // learned the manifold shows the gaps as low density, a random (untrained) encoder mixes the
    // noise in. Measured (seed 1): trained 0.698, untrained 0.599. The diagonal mixture in the
    // features does better still here (0.976): independent noise features are exactly what a
    // diagonal mixture models well, so the latent option is no default.
    PreparedData data = CorrelatedAnomalies.clustered(1500, 8, 12, 0.05, 1);
    PreparedData rows = data.withoutLabels();
    double inLatent = auc(detector.train(rows, latent, TrainingContext.seeded(1)).score(data), data);
    double untrained = auc(detector.trainLatent(rows, latent, DeepDetectorChecks.untrained(LatentKnnConfig.defaults()),
        TrainingContext.seeded(1)).score(data), data);
    assertTrue(inLatent >= untrained + 0.05, "latent " + inLatent + " vs untrained encoder " + untrained);
  }

  @Test
  void savedLatentModelsScoreIdentically() throws IOException {
    PreparedData data = CorrelatedAnomalies.clustered(400, 6, 2, 0.05, 3).withoutLabels();
    TrainedDetector model = detector.train(data, latent, TrainingContext.seeded(2));
    assertTrue(model instanceof LatentDensity);
    TrainedDetector loaded = detector.load(ModelFiles.roundTrip(model), DensityConfig.defaults());
    Scores a = model.score(data);
    Scores b = loaded.score(data);
    assertArrayEquals(a.values(), b.values(), 0);
    assertArrayEquals(a.contributions(), b.contributions(), 0);
    assertEquals("density", loaded.detectorId());
    assertTrue(loaded.semantics().name().contains("autoencoder embedding"), loaded.semantics().name());
    for (int r = 0; r < 20; r++) {
      double sum = 0;
      for (float c : a.contributionsOf(r)) {
        sum += c;
      }
      assertEquals(a.value(r), sum, 1e-4 * Math.max(1, Math.abs(a.value(r))), "the score is spread over features");
    }
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> loaded.score(CorrelatedAnomalies.clustered(50, 3, 0, 0.05, 3).withoutLabels()));
    assertTrue(e.getMessage().contains("8 prepared features"), e.getMessage());
  }

  private static double auc(Scores s, PreparedData data) {
    return Metrics.rocAuc(s.values(), data.labels());
  }
}
