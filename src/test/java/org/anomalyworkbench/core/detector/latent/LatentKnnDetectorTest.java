package org.anomalyworkbench.core.detector.latent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.anomalyworkbench.core.data.PreparedData;
import org.anomalyworkbench.core.data.SyntheticData;
import org.anomalyworkbench.core.detector.ConfigBinder;
import org.anomalyworkbench.core.detector.CorrelatedAnomalies;
import org.anomalyworkbench.core.detector.Scores;
import org.anomalyworkbench.core.detector.TrainingContext;
import org.anomalyworkbench.core.detector.dl4j.DeepDetectorChecks;
import org.anomalyworkbench.core.archive.ModelArchive;
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
  void trainingBeatsTheUntrainedEmbeddingAndRawSpaceKnn() {
    // Normal rows form three clusters on a 2-dimensional manifold; anomalies lie on the manifold
    // between the clusters; 12 more features are independent noise. A kNN distance sees the gaps
    // only in an embedding that learned the manifold and dropped the noise: in raw space, or
    // through a random (untrained) encoder, the noise features dominate the distances.
    // (Anomalies that only break correlations, as in the autoencoder's test, do not suit this
    // detector: there the untrained embedding, a random projection, keeps the off-manifold
    // distance better than the trained one, measured 0.987 untrained vs 0.984 trained.)
    PreparedData data = CorrelatedAnomalies.clustered(1500, 8, 12, 0.05, 1);
    LatentKnnConfig config = small(30);
    Scores scores = detector.train(data.withoutLabels(), config, TrainingContext.seeded(1)).score(data);
    double trained = DeepDetectorChecks.auc(scores, data);
    double untrained = DeepDetectorChecks.auc(detector.train(data.withoutLabels(),
        DeepDetectorChecks.untrained(config), TrainingContext.seeded(1)).score(data), data);
    double raw = CorrelatedAnomalies.rawKnnAuc(data, data, config.k());
    // Measured (seed 1, 30 epochs): trained 0.845, untrained 0.694, raw-space kNN 0.760 (seed 2:
    // 0.808, 0.548, 0.642).
    assertTrue(trained >= untrained + 0.1, "trained " + trained + " vs untrained " + untrained);
    assertTrue(trained >= raw + 0.05, "trained " + trained + " vs raw-space kNN " + raw);
    DeepDetectorChecks.contributionsWellFormed(scores, data);
    for (int r = 0; r < 20; r++) {
      double sum = 0;
      for (float c : scores.contributionsOf(r)) {
        sum += c;
      }
      assertEquals(scores.value(r), sum, 1e-4 * Math.max(1, scores.value(r)), "the score is spread over features");
    }
  }

  @Test
  void aOneLayerEncoderRanksThePlantedAnomaliesFirst() {
    // Three features give the encoder [2]: the bottleneck is layer 0 (the http set's shape).
    // The 600 rows lie near a line in 3-d. 12 planted rows are normal rows far enough from the
    // centre to point along that line (norm > 1.5), moved out along their own direction to norms
    // 12, 16, ..., 56 (normal rows reach about 4): still on the manifold (the 2-unit embedding
    // cannot project them away), 4 or more apart, so none is another's near neighbour. They must be the 12 highest scores.
    PreparedData normal = DeepDetectorChecks.standardized(SyntheticData.matrix(600, 3, 0, 5)).withoutLabels();
    float[] v = normal.values().clone();
    int[] labels = new int[600];
    int planted = 0;
    for (int r = 7; r < 600 && planted < 12; r += 13) {
      double norm = Math.sqrt(v[r * 3] * v[r * 3] + v[r * 3 + 1] * v[r * 3 + 1] + v[r * 3 + 2] * v[r * 3 + 2]);
      if (norm > 1.5) {
        labels[r] = 1;
        double to = 12 + 4 * planted++;
        for (int f = 0; f < 3; f++) {
          v[r * 3 + f] *= (float) (to / norm);
        }
      }
    }
    assertEquals(12, planted);
    PreparedData data = new PreparedData(v, normal.featureNames(), labels);
    Scores scores = detector.train(data.withoutLabels(), small(10), TrainingContext.seeded(1)).score(data);
    DeepDetectorChecks.contributionsWellFormed(scores, data);
    Integer[] order = new Integer[600];
    for (int i = 0; i < 600; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, (a, b) -> Double.compare(scores.value(b), scores.value(a)));
    for (int i = 0; i < 12; i++) {
      assertEquals(1, labels[order[i]], "rank " + (i + 1) + " is row " + order[i] + " (score "
          + scores.value(order[i]) + "), not a planted anomaly");
    }
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
