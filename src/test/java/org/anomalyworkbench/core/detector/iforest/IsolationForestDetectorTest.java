package org.anomalyworkbench.core.detector.iforest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.anomalyworkbench.core.data.PreparedData;
import org.anomalyworkbench.core.data.SyntheticData;
import org.anomalyworkbench.core.detector.ConfigBinder;
import org.anomalyworkbench.core.detector.Scores;
import org.anomalyworkbench.core.detector.TrainedDetector;
import org.anomalyworkbench.core.detector.TrainingContext;
import org.anomalyworkbench.core.detector.statistical.ModelFiles;
import org.anomalyworkbench.core.evaluation.Metrics;
import org.anomalyworkbench.core.archive.ModelArchive;
import org.anomalyworkbench.core.training.CancellationToken;
import org.anomalyworkbench.core.training.TrainingCancelledException;
import org.anomalyworkbench.core.training.TrainingListener;
import org.anomalyworkbench.core.training.TrainingProgress;
import org.junit.jupiter.api.Test;

class IsolationForestDetectorTest {
  private final IsolationForestDetector detector = new IsolationForestDetector();

  private TrainedDetector train(PreparedData data, long seed) {
    return detector.train(data, IsolationForestConfig.defaults(), TrainingContext.seeded(seed));
  }

  @Test
  void findsCorrelationBreakingAnomaliesThatTheSquaredNormMisses() {
    // Every feature of an anomaly keeps its normal distribution, only the correlations are broken;
    // the forest isolates such rows through splits on several correlated features in turn.
    PreparedData data = org.anomalyworkbench.core.detector.CorrelatedAnomalies.standard(1500, 1);
    Scores s = train(data.withoutLabels(), 1).score(data.withoutLabels());
    double auc = Metrics.rocAuc(s.values(), data.labels());
    double norm = org.anomalyworkbench.core.detector.CorrelatedAnomalies.squaredNormAuc(data);
    // Measured (seed 1): forest 0.797, ||x||^2 0.578 (seed 2: 0.806, 0.609).
    assertTrue(auc >= norm + 0.15, "forest " + auc + " vs ||x||^2 " + norm);
    for (double v : s.values()) {
      assertTrue(v > 0 && v <= 1, "score " + v);
    }
  }

  @Test
  void sameSeedSameScoresOtherSeedOtherScores() {
    PreparedData data = SyntheticData.matrix(1500, 4, 0.05, 5).withoutLabels();
    assertArrayEquals(train(data, 7).score(data).values(), train(data, 7).score(data).values());
    assertFalse(Arrays.equals(train(data, 7).score(data).values(), train(data, 8).score(data).values()));
  }

  @Test
  void scoresMatchAPlainWalkOfTheTrees() {
    PreparedData data = SyntheticData.matrix(700, 5, 0.05, 12).withoutLabels();
    IsolationForest forest = (IsolationForest) train(data, 3);
    Scores s = forest.score(data);
    for (int r = 0; r < data.rows(); r += 37) {
      assertEquals(forest.plainScore(data.row(r)), s.value(r), 0);
    }
  }

  @Test
  void anOutlierScoresNearOneAndTypicalRowsNearOneHalf() {
    PreparedData data = gaussian(2000, 3, 1);
    TrainedDetector model = train(data, 1);
    double[] typical = model.score(data).values();
    double median = Arrays.stream(typical).sorted().toArray()[typical.length / 2];
    assertTrue(median > 0.35 && median < 0.5, "median " + median);
    Scores far = model.score(new PreparedData(new float[] {40, 40, 40}, data.featureNames(), null));
    // Beyond the training range a row follows the most extreme training rows' paths: it scores
    // at least as high as any of them (measured 0.745), and far above the median.
    assertTrue(far.value(0) >= Arrays.stream(typical).max().orElseThrow(), "outlier " + far.value(0));
    assertTrue(far.value(0) > 0.7, "outlier " + far.value(0));
  }

  @Test
  void contributionsPointAtTheFeatureThatWasOff() {
    int d = 5;
    PreparedData normal = gaussian(2000, d, 2);
    float[] values = Arrays.copyOf(normal.values(), normal.values().length);
    int[] outlierRows = {10, 500, 900, 1300, 1700};
    for (int k = 0; k < outlierRows.length; k++) {
      // Row outlierRows[k] is far off in feature k only: 6 sd on that feature's scale.
      values[outlierRows[k] * d + k] += (float) (6 * (k + 1));
    }
    PreparedData data = new PreparedData(values, normal.featureNames(), null);
    Scores s = train(data, 4).score(data);
    assertEquals(data.rows() * d, s.contributions().length);
    for (int k = 0; k < outlierRows.length; k++) {
      int row = outlierRows[k];
      assertEquals(k, s.topFeatures(row, 1)[0], "row " + row + ": " + Arrays.toString(s.contributionsOf(row)));
      float[] c = s.contributionsOf(row);
      // That feature carries about half of the explanation (measured 0.46-0.53 of the score),
      // at least twice any other feature's part (measured 2.8-4.3 times), and the parts add up
      // to the score.
      for (int f = 0; f < d; f++) {
        if (f != k) {
          assertTrue(c[k] > 2 * c[f], Arrays.toString(c));
        }
      }
      assertTrue(c[k] > 0.4 * s.value(row), Arrays.toString(c));
      double sum = 0;
      for (float v : c) {
        sum += v;
      }
      assertEquals(s.value(row), sum, 1e-5);
    }
    for (float c : s.contributions()) {
      assertTrue(c >= 0);
    }
  }

  @Test
  void saveAndLoadGiveIdenticalScores() throws IOException {
    PreparedData data = SyntheticData.matrix(3000, 6, 0.05, 8).withoutLabels();
    TrainedDetector model = detector.train(data, new IsolationForestConfig(50, 128), TrainingContext.seeded(2));
    TrainedDetector loaded = detector.load(ModelFiles.roundTrip(model), new IsolationForestConfig(50, 128));
    Scores a = model.score(data);
    Scores b = loaded.score(data);
    assertArrayEquals(a.values(), b.values());
    assertArrayEquals(a.contributions(), b.contributions());
    assertEquals(model.semantics(), loaded.semantics());
    assertEquals("isolation-forest", loaded.detectorId());
  }

  @Test
  void damagedModelFilesFailWithIoException() throws IOException {
    PreparedData data = SyntheticData.matrix(200, 3, 0.05, 8).withoutLabels();
    ModelArchive.Reader good = ModelFiles.roundTrip(train(data, 1));
    int nodes = IntCodec.decode(good.bytes("child.bin")).length;
    // Truncated, and well-formed but pointing every node at the root (which would loop forever).
    for (byte[] child : List.of(new byte[] {0, 0, 0, 9, 1}, IntCodec.encode(new int[nodes]))) {
      ModelArchive.Reader bad = replace(good, "child.bin", child);
      assertThrows(IOException.class, () -> detector.load(bad, IsolationForestConfig.defaults()));
    }
  }

  private static ModelArchive.Reader replace(ModelArchive.Reader in, String entry, byte[] bytes) throws IOException {
    ModelArchive.Writer w = new ModelArchive.Writer();
    for (String name : in.names()) {
      w.putBytes(name, name.equals(entry) ? bytes : in.bytes(name));
    }
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    w.writeTo(out);
    return ModelArchive.Reader.from(new java.io.ByteArrayInputStream(out.toByteArray()));
  }

  @Test
  void subsampleIsCappedAtTheTrainingRows() {
    PreparedData data = gaussian(50, 2, 3);
    List<String> messages = new ArrayList<>();
    List<TrainingProgress> progress = new ArrayList<>();
    TrainingListener listener = new TrainingListener() {
      @Override
      public void onProgress(TrainingProgress p) {
        progress.add(p);
      }

      @Override
      public void onMessage(String message) {
        messages.add(message);
      }
    };
    IsolationForest forest = (IsolationForest) detector.train(data, IsolationForestConfig.defaults(),
        new TrainingContext(1, listener, null, null));
    assertEquals(50, forest.subsampleSize());
    assertEquals(100, forest.trees());
    assertTrue(messages.get(0).contains("capped at the 50"), messages.toString());
    assertEquals(1.0, progress.get(progress.size() - 1).fractionDone(), 0);
    assertTrue(messages.get(1).startsWith("Grew 100 trees on subsamples of 50 rows"), messages.toString());
  }

  @Test
  void cancelStopsTraining() {
    CancellationToken cancel = new CancellationToken();
    cancel.cancel();
    assertThrows(TrainingCancelledException.class, () -> detector.train(gaussian(100, 2, 1),
        IsolationForestConfig.defaults(), new TrainingContext(1, null, cancel, null)));
  }

  @Test
  void badInputAndConfigSayWhatToDo() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> train(new PreparedData(new float[] {1, 2}, List.of("a", "b"), null), 0));
    assertTrue(e.getMessage().contains("at least 2 training rows"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> new IsolationForestConfig(0, 256));
    assertTrue(e.getMessage().contains("'trees'"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> ConfigBinder.bind(IsolationForestConfig.defaults(), Map.of("subsampleSize", "1")));
    assertTrue(e.getMessage().contains("'subsampleSize'"), e.getMessage());
    assertEquals(new IsolationForestConfig(10, 64),
        ConfigBinder.bind(IsolationForestConfig.defaults(), Map.of("trees", "10", "subsampleSize", "64")));
  }

  @Test
  void pathLengthNormaliserMatchesThePaper() {
    assertEquals(0, PathLength.average(1));
    assertEquals(1, PathLength.average(2));
    // c(256) = 2 (ln 255 + 0.5772157) - 2 * 255 / 256 = 2 * 6.1184792 - 1.9921875 = 10.2447709
    assertEquals(10.2447709, PathLength.average(256), 1e-6);
  }

  @Test
  void floydSampleIsDistinctAndInRange() {
    int[] s = TreeBuilder.sample(1000, 256, new SplittableRandom(1));
    assertEquals(256, Arrays.stream(s).distinct().count());
    assertTrue(Arrays.stream(s).allMatch(i -> i >= 0 && i < 1000));
  }

  private static PreparedData gaussian(int rows, int d, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    float[] v = new float[rows * d];
    for (int i = 0; i < v.length; i++) {
      double u = 1 - rnd.nextDouble();
      v[i] = (float) (((i % d) + 1) * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rnd.nextDouble()));
    }
    List<String> names = new ArrayList<>();
    for (int f = 0; f < d; f++) {
      names.add("f" + f);
    }
    return new PreparedData(v, names, null);
  }
}
