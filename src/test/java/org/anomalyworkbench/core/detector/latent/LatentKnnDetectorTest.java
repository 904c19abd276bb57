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
import org.anomalyworkbench.core.project.ModelArchive;
import org.junit.jupiter.api.Test;

class LatentKnnDetectorTest {
  private static final PreparedData DATA = DeepDetectorChecks.standardized(SyntheticData.matrix(1500, 8, 0.05, 11));
  private final LatentKnnDetector detector = new LatentKnnDetector();

  private static LatentKnnConfig small(int epochs) {
    return ConfigBinder.bind(LatentKnnConfig.defaults(),
        Map.of("epochs", String.valueOf(epochs), "patience", "0", "minSteps", "0"));
  }

  @Test
  void chunksScoredOnSeveralThreadsMatchEachChunkScoredAlone() {
    DeepDetectorChecks.chunksOnSeveralThreadsMatchEachChunkAlone(detector, small(1));
  }

  @Test
  void findsTheSyntheticAnomalies() {
    Scores scores = detector.train(DATA.withoutLabels(), small(10), TrainingContext.seeded(1)).score(DATA);
    double auc = DeepDetectorChecks.auc(scores, DATA);
    // Measured 0.958 with the half-width embedding (0.671 with a square-root bottleneck, where the
    // anomalies that only break correlations project into the normal region).
    assertTrue(auc > 0.92, "AUC " + auc);
    DeepDetectorChecks.contributionsWellFormed(scores, DATA);
    for (int r = 0; r < 20; r++) {
      double sum = 0;
      for (float c : scores.contributionsOf(r)) {
        sum += c;
      }
      assertEquals(scores.value(r), sum, 1e-4 * Math.max(1, scores.value(r)), "the score is spread over features");
    }
  }

  @Test
  void worksWithAOneLayerEncoder() {
    // Three features give the encoder [2]: the bottleneck is the first layer.
    PreparedData three = DeepDetectorChecks.standardized(SyntheticData.matrix(300, 3, 0.05, 2));
    Scores scores = detector.train(three, small(2), TrainingContext.seeded(1)).score(three);
    DeepDetectorChecks.contributionsWellFormed(scores, three);
  }

  @Test
  void sameSeedSameScoresAndSaveLoadKeepsThem() throws Exception {
    DeepDetectorChecks.deterministicAndPersistent(detector, small(2), DATA.slice(0, 400));
  }

  @Test
  void referenceSetIsCapped() throws Exception {
    LatentKnnConfig c = ConfigBinder.bind(small(1), Map.of("maxReference", "50", "k", "3"));
    TrainedLatentKnn model = (TrainedLatentKnn) detector.train(DATA.slice(0, 300), c, TrainingContext.seeded(1));
    ModelArchive.Writer w = new ModelArchive.Writer();
    model.save(w);
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    w.writeTo(out);
    ModelArchive.Reader r = ModelArchive.Reader.from(new java.io.ByteArrayInputStream(out.toByteArray()));
    TrainedLatentKnn.Meta meta = r.json(TrainedLatentKnn.META, TrainedLatentKnn.Meta.class);
    assertEquals(50 * meta.embeddingSize(), r.floats(TrainedLatentKnn.REFERENCE).length);
    assertEquals(3, meta.k());
  }

  @Test
  void cancelStopsTraining() throws Exception {
    DeepDetectorChecks.cancelsFromAnotherThread(detector, small(10_000), DATA);
  }

  @Test
  void configRoundTrips() {
    DeepDetectorChecks.defaultConfigRoundTripsAsText(detector);
    assertEquals("latent-knn", detector.id());
    assertEquals(10, LatentKnnConfig.defaults().k());
  }
}
