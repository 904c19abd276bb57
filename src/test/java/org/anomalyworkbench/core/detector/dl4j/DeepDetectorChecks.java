package org.anomalyworkbench.core.detector.dl4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.anomalyworkbench.bench.Auc;
import org.anomalyworkbench.core.data.PreparedData;
import org.anomalyworkbench.core.data.SyntheticData;
import org.anomalyworkbench.core.detector.ConfigBinder;
import org.anomalyworkbench.core.detector.Detector;
import org.anomalyworkbench.core.detector.DetectorConfig;
import org.anomalyworkbench.core.detector.Scores;
import org.anomalyworkbench.core.detector.TrainedDetector;
import org.anomalyworkbench.core.detector.TrainingContext;
import org.anomalyworkbench.core.archive.ModelArchive;
import org.anomalyworkbench.core.training.CancellationToken;
import org.anomalyworkbench.core.training.TrainingCancelledException;
import org.anomalyworkbench.core.training.TrainingFailedException;

/** Checks every deep detector must pass; each detector's test calls them with a small config. */
public final class DeepDetectorChecks {
  private DeepDetectorChecks() {
  }

  /** ROC-AUC of {@code scores} against the data's labels. */
  public static double auc(Scores scores, PreparedData labelled) {
    return Auc.rocAuc(scores.values(), labelled.labels());
  }

  /** Writes the model to zip bytes, reads it back through the detector. */
  public static <C extends Record & DetectorConfig> TrainedDetector roundTrip(Detector<C> detector,
      TrainedDetector model, C config) throws IOException {
    ModelArchive.Writer w = new ModelArchive.Writer();
    model.save(w.nested("model"));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    w.writeTo(bytes);
    ModelArchive.Reader r = ModelArchive.Reader.from(new ByteArrayInputStream(bytes.toByteArray()));
    return detector.load(r.nested("model"), config);
  }

  /** Same seed twice, identical scores; a saved and loaded model scores identically too. */
  public static <C extends Record & DetectorConfig> void deterministicAndPersistent(Detector<C> detector, C config,
      PreparedData data) throws IOException {
    TrainedDetector a = detector.train(data, config, TrainingContext.seeded(3));
    TrainedDetector b = detector.train(data, config, TrainingContext.seeded(3));
    Scores sa = a.score(data);
    assertArrayEquals(sa.values(), b.score(data).values(), "same seed, data and config give the same scores");
    TrainedDetector loaded = roundTrip(detector, a, config);
    Scores sl = loaded.score(data);
    assertArrayEquals(sa.values(), sl.values(), "a loaded model scores like the saved one");
    assertArrayEquals(sa.contributions(), sl.contributions());
    assertEquals(detector.id(), loaded.detectorId());
  }

  /** Contributions have one non-negative, finite value per row and feature. */
  public static void contributionsWellFormed(Scores scores, PreparedData data) {
    assertEquals(data.rows(), scores.size());
    assertEquals(data.featureNames(), scores.featureNames());
    for (float c : scores.contributions()) {
      assertTrue(c >= 0 && Float.isFinite(c), "contribution " + c);
    }
    for (double v : scores.values()) {
      assertTrue(Double.isFinite(v), "score " + v);
    }
  }

  /** Cancelling from another thread while training ends the training with TrainingCancelledException. */
  public static <C extends Record & DetectorConfig> void cancelsFromAnotherThread(Detector<C> detector,
      C longConfig, PreparedData data) throws Exception {
    CancellationToken cancel = new CancellationToken();
    CountDownLatch started = new CountDownLatch(1);
    TrainingContext ctx = new TrainingContext(1, p -> started.countDown(), cancel, null);
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      Future<TrainedDetector> run = pool.submit(() -> detector.train(data, longConfig, ctx));
      assertTrue(started.await(60, TimeUnit.SECONDS), "training started");
      cancel.cancel();
      ExecutionException e = assertThrows(ExecutionException.class, () -> run.get(60, TimeUnit.SECONDS));
      assertInstanceOf(TrainingCancelledException.class, e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /** Data with absurd values makes the loss overflow: a TrainingFailedException that says what to do. */
  public static <C extends Record & DetectorConfig> void divergenceIsReported(Detector<C> detector, C config,
      PreparedData hugeValues) {
    TrainingFailedException e = assertThrows(TrainingFailedException.class,
        () -> detector.train(hugeValues, config, TrainingContext.seeded(1)));
    assertTrue(e.getMessage().contains("learning rate"), e.getMessage());
    assertTrue(e.getMessage().contains("standardize"), e.getMessage());
  }

  /**
   * Trained briefly on 1,000 rows, the detector's scores of 3.5 chunks of rows (spread over the
   * CPUs by {@link ParallelChunks}) equal, bit for bit, each chunk's scores computed alone: no
   * chunk's result depends on which thread ran it or on what ran beside it.
   */
  public static <C extends Record & DetectorConfig> void chunksOnSeveralThreadsMatchEachChunkAlone(
      Detector<C> detector, C config) {
    int rows = Nd4jMatrices.CHUNK_ROWS * 7 / 2;
    PreparedData big = standardized(SyntheticData.matrix(rows, 8, 0.05, 12));
    TrainedDetector model = detector.train(big.slice(0, 1000), config, TrainingContext.seeded(1));
    Scores all = model.score(big);
    for (int from = 0; from < rows; from += Nd4jMatrices.CHUNK_ROWS) {
      int to = Math.min(rows, from + Nd4jMatrices.CHUNK_ROWS);
      Scores alone = model.score(big.slice(from, to));
      for (int r = from; r < to; r += 997) {
        assertEquals(alone.value(r - from), all.value(r), 0.0, "row " + r);
        assertEquals(alone.contributionsOf(r - from)[3], all.contributionsOf(r)[3], 0.0f, "row " + r);
      }
      assertEquals(alone.value(to - from - 1), all.value(to - 1), 0.0, "last row of chunk at " + from);
    }
  }

  /** Scoring data with another number of columns fails with a message naming both counts. */
  public static void wrongWidthIsRejected(TrainedDetector model, PreparedData other, int trainedColumns) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> model.score(other));
    assertTrue(e.getMessage().contains("trained on " + trainedColumns), e.getMessage());
    assertTrue(e.getMessage().contains("has " + other.columns()), e.getMessage());
  }

  /** The default config survives the text round trip the CLI and model files use. */
  public static <C extends Record & DetectorConfig> void defaultConfigRoundTripsAsText(Detector<C> detector) {
    C defaults = detector.defaultConfig();
    assertEquals(defaults, ConfigBinder.bind(defaults, ConfigBinder.toText(defaults)));
    assertFalse(detector.parameters().isEmpty());
  }

  /**
   * {@code config} as an untrained network of the same seed: the config's bounds forbid zero
   * epochs, so one epoch at the smallest allowed learning rate (1e-7; an Adam step moves a weight
   * by at most about the learning rate, so no weight moves by more than ~1e-5).
   */
  /**
   * Trains {@code config} on correlation-breaking anomalies ({@code CorrelatedAnomalies.standard(1500, 1)})
   * and asserts that it beats the same network untrained and ||x||^2 by {@code margin} ROC-AUC;
   * a network that does not learn is its own untrained self and fails.
   */
  public static <C extends Record & DetectorConfig> void beatsUntrainedAndSquaredNorm(Detector<C> detector,
      C config, double margin) {
    PreparedData data = org.anomalyworkbench.core.detector.CorrelatedAnomalies.standard(1500, 1);
    Scores scores = detector.train(data.withoutLabels(), config, TrainingContext.seeded(1)).score(data);
    double trained = auc(scores, data);
    double untrained = auc(detector.train(data.withoutLabels(), untrained(config), TrainingContext.seeded(1))
        .score(data), data);
    double norm = org.anomalyworkbench.core.detector.CorrelatedAnomalies.squaredNormAuc(data);
    assertTrue(trained >= untrained + margin, "trained " + trained + " vs untrained " + untrained);
    assertTrue(trained >= norm + margin, "trained " + trained + " vs ||x||^2 " + norm);
    contributionsWellFormed(scores, data);
  }

  public static <C extends Record & DetectorConfig> C untrained(C config) {
    return ConfigBinder.bind(config, java.util.Map.of("epochs", "1", "learningRate", "1e-7"));
  }

  /** z-scored with the mean and standard deviation of its own rows, as the pipeline prepares data by default. */
  public static PreparedData standardized(PreparedData data) {
    return org.anomalyworkbench.bench.DeepTuning.standardized(data);
  }

  /** {@code data} with every value multiplied by {@code factor}. */
  public static PreparedData scaled(PreparedData data, float factor) {
    float[] v = data.values().clone();
    for (int i = 0; i < v.length; i++) {
      v[i] *= factor;
    }
    return new PreparedData(v, data.featureNames(), data.labels());
  }
}
