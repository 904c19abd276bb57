package org.anomalyworkbench.core.detector.autoencoder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.anomalyworkbench.core.data.DataKind;
import org.anomalyworkbench.core.data.PreparedData;
import org.anomalyworkbench.core.data.SyntheticData;
import org.anomalyworkbench.core.detector.ConfigBinder;
import org.anomalyworkbench.core.detector.Scores;
import org.anomalyworkbench.core.detector.TrainedDetector;
import org.anomalyworkbench.core.detector.TrainingContext;
import org.anomalyworkbench.core.detector.dl4j.DeepDetectorChecks;
import org.junit.jupiter.api.Test;

class AutoencoderDetectorTest {
  private static final PreparedData DATA = DeepDetectorChecks.standardized(SyntheticData.matrix(1500, 8, 0.05, 11));
  private final AutoencoderDetector detector = new AutoencoderDetector();

  private static AutoencoderConfig small(int epochs) {
    return ConfigBinder.bind(AutoencoderConfig.defaults(),
        Map.of("epochs", String.valueOf(epochs), "patience", "0", "minSteps", "0"));
  }

  @Test
  void trainingBeatsTheUntrainedNetworkAndTheSquaredNorm() {
    // Anomalies that break the correlations of a 2-dimensional manifold while every feature keeps
    // its normal distribution: only a network that learned the manifold sees them.
    // Measured (seed 1, 30 epochs): trained 0.930, untrained 0.594, ||x||^2 0.578 (seed 2: 0.918,
    // 0.593, 0.609). Without the weight update the trained network is the untrained one.
    DeepDetectorChecks.beatsUntrainedAndSquaredNorm(detector, small(30), 0.2);
  }

  @Test
  void contributionsAddUpToTheMeanSquaredError() {
    Scores scores = detector.train(DATA, small(2), TrainingContext.seeded(1)).score(DATA);
    for (int r = 0; r < 50; r++) {
      double sum = 0;
      for (float c : scores.contributionsOf(r)) {
        sum += c;
      }
      assertEquals(scores.value(r), sum, 1e-5 * Math.max(1, scores.value(r)));
    }
  }

  @Test
  void chunksScoredOnSeveralThreadsMatchEachChunkScoredAlone() {
    DeepDetectorChecks.chunksOnSeveralThreadsMatchEachChunkAlone(detector, small(1));
  }

  @Test
  void sameSeedSameScoresAndSaveLoadKeepsThem() throws Exception {
    DeepDetectorChecks.deterministicAndPersistent(detector, small(2), DATA.slice(0, 400));
  }

  @Test
  void cancelStopsTraining() throws Exception {
    DeepDetectorChecks.cancelsFromAnotherThread(detector, small(10_000), DATA);
  }

  @Test
  void divergingLossIsReported() {
    // Without input clipping the squared error of 1e30-sized values overflows float.
    DeepDetectorChecks.divergenceIsReported(detector, ConfigBinder.bind(small(3), Map.of("inputClip", "0")),
        DeepDetectorChecks.scaled(DATA.slice(0, 200), 1e30f));
  }

  @Test
  void rejectsDataOfAnotherWidth() {
    TrainedDetector model = detector.train(DATA.slice(0, 200), small(1), TrainingContext.seeded(1));
    DeepDetectorChecks.wrongWidthIsRejected(model, SyntheticData.matrix(10, 5, 0, 1), 8);
  }

  @Test
  void describesItselfAndValidatesItsConfig() {
    assertEquals("autoencoder", detector.id());
    assertEquals(java.util.Set.of(DataKind.TABULAR, DataKind.IMAGES), detector.accepts());
    DeepDetectorChecks.defaultConfigRoundTripsAsText(detector);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ConfigBinder.bind(AutoencoderConfig.defaults(), Map.of("dropout", "0.95")));
    assertTrue(e.getMessage().contains("dropout"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new AutoencoderConfig(List.of(8, 0),
        AutoencoderConfig.defaults().activation(), 1, 0, 1, 1e-3, 0, 0, 0, 0, 0, 100, 1));
  }

  @Test
  void derivedLayersFollowTheSquareRootRule() {
    assertEquals(List.of(2), AutoencoderConfig.layersFor(3));
    assertEquals(List.of(3, 2), AutoencoderConfig.layersFor(6));
    assertEquals(List.of(9, 4), AutoencoderConfig.layersFor(21));
    assertEquals(List.of(23, 8), AutoencoderConfig.layersFor(64));
    assertEquals(List.of(64, 16), AutoencoderConfig.layersFor(274));
  }

  @Test
  void ensembleAveragesMembersAndReportsOneRun() throws Exception {
    AutoencoderConfig three = ConfigBinder.bind(small(2), Map.of("members", "3"));
    java.util.List<org.anomalyworkbench.core.training.TrainingProgress> ends = new java.util.ArrayList<>();
    PreparedData rows = DATA.slice(0, 300);
    TrainedDetector model = detector.train(rows, three, new TrainingContext(5, p -> {
      if (p.epochEnd()) {
        ends.add(p);
      }
    }, null, null));
    assertEquals(6, ends.size(), "3 members x 2 epochs");
    for (int i = 0; i < ends.size(); i++) {
      assertEquals(i + 1, ends.get(i).epoch());
      assertEquals(6, ends.get(i).totalEpochs());
    }
    assertEquals(1.0, ends.get(5).fractionDone(), 1e-9);
    Scores ensemble = model.score(rows);
    double mean = 0;
    for (int m = 0; m < 3; m++) {
      mean += DenseAutoencoder.train(rows, ConfigBinder.bind(small(2), Map.of()),
          TrainingContext.seeded(5 + 1000L * m)).scores(rows).value(7) / 3;
    }
    assertEquals(mean, ensemble.value(7), 1e-6 * Math.max(1, mean), "the mean of the members' errors");
    assertEquals(model.score(rows).value(7),
        DeepDetectorChecks.roundTrip(detector, model, three).score(rows).value(7), "all members saved");
  }

  @Test
  void explicitHiddenLayersShapeTheNetwork() {
    AutoencoderConfig c = ConfigBinder.bind(small(1), Map.of("hiddenLayers", "6,3"));
    assertEquals(List.of(6, 3), c.encoderFor(8));
    DenseAutoencoder ae = DenseAutoencoder.train(DATA.slice(0, 100), c, TrainingContext.seeded(1));
    assertEquals(3, ae.bottleneckSize());
    assertEquals(3 * 100, ae.embed(DATA.slice(0, 100)).length);
  }

  @org.junit.jupiter.api.Test
  void seedZeroGivesTheSameNetworkEveryTime() {
    // ND4J reads seed 0 as "unseeded"; NetworkSeed maps it so that seed 0 repeats like any other.
    org.junit.jupiter.api.Assertions.assertEquals(DenseAutoencoder.build(6, java.util.List.of(4, 2), AutoencoderConfig.defaults(), 0, false).params(), DenseAutoencoder.build(6, java.util.List.of(4, 2), AutoencoderConfig.defaults(), 0, false).params(),
        "autoencoder weights for seed 0");
  }
}
