package org.anomalyworkbench.core.detector.ensemble;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import org.anomalyworkbench.core.data.PreparedData;
import org.anomalyworkbench.core.data.SyntheticData;
import org.anomalyworkbench.core.detector.ConfigBinder;
import org.anomalyworkbench.core.detector.registry.DetectorRegistry;
import org.anomalyworkbench.core.detector.Scores;
import org.anomalyworkbench.core.detector.TrainedDetector;
import org.anomalyworkbench.core.detector.TrainingContext;
import org.anomalyworkbench.core.evaluation.Metrics;
import org.anomalyworkbench.core.archive.ModelArchive;
import org.junit.jupiter.api.Test;

class EnsembleDetectorTest {
  private final PreparedData data = SyntheticData.matrix(2000, 10, 0.05, 3);
  private final EnsembleDetector detector = new EnsembleDetector(DetectorRegistry.catalog());

  private EnsembleConfig config(String members) {
    return ConfigBinder.bind(detector.defaultConfig(), Map.of("members", members));
  }

  @Test
  void combinesMembersAtLeastAsWellAsTheWeakerOne() {
    EnsembleConfig cfg = config("zscore,isolation-forest");
    Scores scores = detector.train(data.withoutLabels(), cfg, TrainingContext.seeded(1)).score(data);
    double auc = Metrics.rocAuc(scores.values(), data.labels());
    double z = Metrics.rocAuc(DetectorRegistry.train("zscore", Map.of(), data.withoutLabels(),
        TrainingContext.seeded(1)).score(data).values(), data.labels());
    double forest = Metrics.rocAuc(DetectorRegistry.train("isolation-forest", Map.of(), data.withoutLabels(),
        TrainingContext.seeded(1)).score(data).values(), data.labels());
    assertTrue(auc >= Math.min(z, forest) && auc > 0.85, "ensemble " + auc + " z " + z + " forest " + forest);
    for (float c : scores.contributions()) {
      assertTrue(c >= 0);
    }
  }

  /** A member whose scores and contributions are fixed: the ensemble's arithmetic is all that is tested. */
  private static TrainedDetector fixed(String id, double[] values, float[] contributions) {
    return new TrainedDetector() {
      @Override
      public String detectorId() {
        return id;
      }

      @Override
      public Scores score(PreparedData rows) {
        return new Scores(values.clone(), contributions.clone(), rows.featureNames());
      }

      @Override
      public org.anomalyworkbench.core.detector.ScoreSemantics semantics() {
        return org.anomalyworkbench.core.detector.ScoreSemantics.nonNegative("fixed", "fixed");
      }

      @Override
      public void save(ModelArchive.Writer out) {
      }
    };
  }

  private static Scores combine(EnsembleConfig.Normalization normalization, EnsembleConfig.Combination combination) {
    return combine(normalization, combination, new double[] {0.5, 0.5});
  }

  private static Scores combine(EnsembleConfig.Normalization normalization, EnsembleConfig.Combination combination,
      double[] weights) {
    // Member A trained on scores {0, 2} (mean 1, sd 1), member B on {0, 4} (mean 2, sd 2).
    // Three rows, two features: A scores 1, 3, 0 and B scores 6, 2, 0.
    TrainedDetector a = fixed("zscore", new double[] {1, 3, 0}, new float[] {1, 0, 1, 3, 2, 2});
    TrainedDetector b = fixed("mad", new double[] {6, 2, 0}, new float[] {3, 3, 1, 1, 5, 5});
    TrainedEnsemble ensemble = new TrainedEnsemble(DetectorRegistry.catalog(), 
        new EnsembleConfig(List.of("zscore", "mad"), normalization, combination, 0), List.of(a, b),
        List.of(ScoreNormalizer.fit(normalization, new double[] {0, 2}),
            ScoreNormalizer.fit(normalization, new double[] {0, 4})), weights);
    return ensemble.score(new PreparedData(new float[6], List.of("f1", "f2"), null));
  }

  @Test
  void combinedScoreIsTheMeanOrMaxOfTheMembersNormalisedScores() {
    // z-scores: A (1-1)/1 = 0, (3-1)/1 = 2, (0-1)/1 = -1; B (6-2)/2 = 2, (2-2)/2 = 0, (0-2)/2 = -1.
    assertArrayEquals(new double[] {1, 1, -1},
        combine(EnsembleConfig.Normalization.ZSCORE, EnsembleConfig.Combination.MEAN).values(), 1e-12);
    assertArrayEquals(new double[] {2, 2, -1},
        combine(EnsembleConfig.Normalization.ZSCORE, EnsembleConfig.Combination.MAX).values(), 1e-12);
    // Ranks among the training scores: A's 1 lies between 0 and 2 (1/2), 0 ties the lowest (0.5/2);
    // above the maximum a score maps to 1 + ln(1 + (x - max) / spread), spread = max - min when the
    // quartiles coincide: A's 3 gives 1 + ln(1 + 1/2), B's 6 gives 1 + ln(1 + 2/4).
    double above = 1 + Math.log(1.5);
    assertArrayEquals(new double[] {(0.5 + above) / 2, (above + 0.5) / 2, 0.25},
        combine(EnsembleConfig.Normalization.RANK, EnsembleConfig.Combination.MEAN).values(), 1e-12);
    assertArrayEquals(new double[] {above, above, 0.25},
        combine(EnsembleConfig.Normalization.RANK, EnsembleConfig.Combination.MAX).values(), 1e-12);
  }

  @Test
  void agreementWeighsTheMembersNormalisedScores() {
    // z-scores as above: A 0, 2, -1 and B 2, 0, -1; weights 0.75 / 0.25.
    assertArrayEquals(new double[] {0.5, 1.5, -1},
        combine(EnsembleConfig.Normalization.ZSCORE, EnsembleConfig.Combination.AGREEMENT,
            new double[] {0.75, 0.25}).values(), 1e-12);
  }

  @Test
  void aMemberThatRanksRowsUnlikeTheOthersWeighsLess() {
    double[] a = {1, 2, 3, 4, 5, 6};
    double[] b = {1.5, 2.5, 2.9, 4.2, 5.1, 7};
    double[] c = {6, 5, 4, 3, 2, 1};
    double[] d = {0, 1, 5, 6, 7, 9};
    double[] w = AgreementWeights.of(List.of(a, b, c, d));
    assertEquals(1, w[0] + w[1] + w[2] + w[3], 1e-12);
    assertEquals(0, w[2], 1e-12, "c's ranking is the reverse of the others' mean: weight floored at 0");
    assertEquals(1 / 3.0, w[0], 1e-12, "a, b and d rank alike: equal shares");
    // Spearman on ranks with ties: hand-checked mean ranks.
    assertArrayEquals(new double[] {0.5, 0.5, 2, 3}, org.anomalyworkbench.core.evaluation.RankCorrelation.ranks(new double[] {1, 1, 2, 5}), 0);
    double[] none = AgreementWeights.of(List.of(new double[] {1, 1, 1}, new double[] {2, 2, 2}));
    assertArrayEquals(new double[] {0.5, 0.5}, none, 0, "no agreement to measure: equal weights");
  }

  @Test
  void contributionsAreEachMembersSharesWeightedByItsNormalisedScore() {
    Scores s = combine(EnsembleConfig.Normalization.ZSCORE, EnsembleConfig.Combination.MEAN);
    // Row 0: A's z is 0 (no weight); B's z 2 times its shares 3/6, 3/6.
    assertArrayEquals(new float[] {1, 1}, s.contributionsOf(0), 1e-6f);
    // Row 1: A's z 2 times its shares 1/4, 3/4; B's z is 0.
    assertArrayEquals(new float[] {0.5f, 1.5f}, s.contributionsOf(1), 1e-6f);
    // Row 2: both members below their mean: weights floored at 0.
    assertArrayEquals(new float[] {0, 0}, s.contributionsOf(2), 0f);
  }

  @Test
  void membersTrainedAtOnceScoreExactlyAsMembersTrainedInTurn() {
    // Two DL4J members and a forest on separate threads: per-thread random state and per-member
    // seeds must make the result independent of the schedule.
    EnsembleConfig cfg = config("autoencoder,isolation-forest,latent-knn");
    PreparedData small = SyntheticData.matrix(600, 6, 0.05, 5);
    List<String> messages = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
    double[] lastFraction = {0};
    TrainingContext parallelContext = new TrainingContext(4, new org.anomalyworkbench.core.training.TrainingListener() {
      @Override
      public void onProgress(org.anomalyworkbench.core.training.TrainingProgress p) {
        lastFraction[0] = p.fractionDone();
      }

      @Override
      public void onMessage(String message) {
        messages.add(message);
      }
    }, new org.anomalyworkbench.core.training.CancellationToken(), null);
    double[] inTurn = detector.train(small.withoutLabels(), cfg, TrainingContext.seeded(4), 1).score(small).values();
    double[] atOnce = detector.train(small.withoutLabels(), cfg, parallelContext, 3).score(small).values();
    assertArrayEquals(inTurn, atOnce, 0);
    assertTrue(messages.stream().filter(m -> m.startsWith("Ensemble: training member")).count() == 3, messages.toString());
    assertTrue(lastFraction[0] > 0.3 && lastFraction[0] <= 1.0, "overall fraction " + lastFraction[0]);
  }

  @Test
  void aCancelledRunStopsEveryMember() {
    EnsembleConfig cfg = config("isolation-forest,autoencoder");
    PreparedData tiny = SyntheticData.matrix(600, 6, 0.05, 5);
    org.anomalyworkbench.core.training.CancellationToken cancel = new org.anomalyworkbench.core.training.CancellationToken();
    cancel.cancel();
    assertThrows(org.anomalyworkbench.core.training.TrainingCancelledException.class,
        () -> detector.train(tiny.withoutLabels(), cfg, new TrainingContext(1,
            org.anomalyworkbench.core.training.TrainingListener.NONE, cancel, null), 2));
  }

  @Test
  void saveLoadGivesIdenticalScores() throws Exception {
    EnsembleConfig cfg = config("mad,isolation-forest");
    TrainedDetector trained = detector.train(data.withoutLabels(), cfg, TrainingContext.seeded(2));
    ModelArchive.Writer w = new ModelArchive.Writer();
    trained.save(w);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    w.writeTo(bytes);
    TrainedDetector loaded = detector.load(ModelArchive.Reader.from(new ByteArrayInputStream(bytes.toByteArray())), cfg);
    assertArrayEquals(trained.score(data).values(), loaded.score(data).values(), 0);
  }

  /** Binds through the registry, which also runs the detector's own validation. */
  private static Map<String, String> validated(String members) {
    return DetectorRegistry.resolveConfig(EnsembleDetector.ID, Map.of("members", members));
  }

  @Test
  void membersAreValidated() {
    var unknown = assertThrows(IllegalArgumentException.class, () -> validated("zscore,forest"));
    assertTrue(unknown.getMessage().contains("Unknown ensemble member 'forest'"), unknown.getMessage());
    var nested = assertThrows(IllegalArgumentException.class, () -> validated("zscore,ensemble"));
    assertTrue(nested.getMessage().contains("another ensemble"), nested.getMessage());
    var supervised = assertThrows(IllegalArgumentException.class, () -> validated("zscore,classifier"));
    assertTrue(supervised.getMessage().contains("needs labels"), supervised.getMessage());
    assertThrows(IllegalArgumentException.class, () -> validated("zscore"));
  }

  /**
   * A tight cluster of anomalies far from the normal rows: each is the others' nearest
   * neighbour, so k-NN fitted on all rows rates them normal (masking). Fitted again without
   * the rows the first fit scores highest, the cluster is no longer in the reference set.
   */
  @Test
  void refittingWithoutTheTopRowsUnmasksAClusterOfAnomalies() {
    java.util.Random random = new java.util.Random(11);
    int normal = 1500;
    int cluster = 20;
    int d = 4;
    float[] values = new float[(normal + cluster) * d];
    int[] labels = new int[normal + cluster];
    for (int r = 0; r < normal + cluster; r++) {
      boolean anomaly = r >= normal;
      labels[r] = anomaly ? 1 : 0;
      for (int j = 0; j < d; j++) {
        values[r * d + j] = anomaly ? 4f + 0.3f * (float) random.nextGaussian() : (float) random.nextGaussian();
      }
    }
    PreparedData rows = new PreparedData(values, List.of("a", "b", "c", "d"), labels);
    EnsembleConfig once = ConfigBinder.bind(detector.defaultConfig(), Map.of("members", "isolation-forest,knn", "trim", "0"));
    EnsembleConfig refit = ConfigBinder.bind(detector.defaultConfig(), Map.of("members", "isolation-forest,knn", "trim", "0.1"));
    TrainedEnsemble fittedOnce = (TrainedEnsemble) detector.train(rows.withoutLabels(), once, TrainingContext.seeded(3));
    TrainedEnsemble refitted = (TrainedEnsemble) detector.train(rows.withoutLabels(), refit, TrainingContext.seeded(3));
    double knnOnce = Metrics.rocAuc(fittedOnce.members().get(1).score(rows).values(), labels);
    assertEquals(4, refitted.members().size(), "both fits are kept: forest, k-NN, then the refit's forest, k-NN");
    double knnRefit = Metrics.rocAuc(refitted.members().get(3).score(rows).values(), labels);
    assertTrue(knnOnce < 0.9 && knnRefit > 0.99, "k-NN member fitted once " + knnOnce + ", refitted " + knnRefit);
    double aucOnce = Metrics.rocAuc(fittedOnce.score(rows).values(), labels);
    double aucRefit = Metrics.rocAuc(refitted.score(rows).values(), labels);
    assertTrue(aucRefit > aucOnce, "ensemble refitted " + aucRefit + ", fitted once " + aucOnce);
  }

  @Test
  void aModelFileFromBeforeTheRefitLoadsAsFittedOnce() throws Exception {
    EnsembleConfig cfg = ConfigBinder.bind(detector.defaultConfig(), Map.of("members", "mad,zscore", "trim", "0"));
    TrainedDetector trained = detector.train(data.withoutLabels(), cfg, TrainingContext.seeded(2));
    ModelArchive.Writer w = new ModelArchive.Writer();
    trained.save(w);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    w.writeTo(bytes);
    // What an older file holds: its configuration without the refit share.
    Map<String, String> saved = new java.util.HashMap<>(ConfigBinder.toText(cfg));
    saved.remove("trim");
    TrainedDetector loaded = DetectorRegistry.load(EnsembleDetector.ID, saved,
        ModelArchive.Reader.from(new ByteArrayInputStream(bytes.toByteArray())));
    assertEquals(0.0, ((TrainedEnsemble) loaded).config().trim(), 0);
    assertEquals(0.1, detector.defaultConfig().trim(), 0, "new trainings refit by default");
  }

  @Test
  void aRefittedEnsembleSavesAndLoadsBothFits() throws Exception {
    EnsembleConfig cfg = ConfigBinder.bind(detector.defaultConfig(), Map.of("members", "mad,isolation-forest"));
    TrainedEnsemble trained = (TrainedEnsemble) detector.train(data.withoutLabels(), cfg, TrainingContext.seeded(2));
    assertEquals(4, trained.members().size());
    assertEquals(1, java.util.Arrays.stream(trained.weights()).sum(), 1e-12);
    ModelArchive.Writer w = new ModelArchive.Writer();
    trained.save(w);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    w.writeTo(bytes);
    TrainedEnsemble loaded = (TrainedEnsemble) detector.load(
        ModelArchive.Reader.from(new ByteArrayInputStream(bytes.toByteArray())), cfg);
    assertEquals(4, loaded.members().size());
    assertArrayEquals(trained.weights(), loaded.weights(), 0);
    assertArrayEquals(trained.score(data).values(), loaded.score(data).values(), 0);
  }
}
