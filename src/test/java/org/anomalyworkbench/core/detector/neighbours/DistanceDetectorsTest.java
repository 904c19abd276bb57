package org.anomalyworkbench.core.detector.neighbours;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.anomalyworkbench.core.data.PreparedData;
import org.anomalyworkbench.core.detector.CorrelatedAnomalies;
import org.anomalyworkbench.core.detector.registry.DetectorRegistry;
import org.anomalyworkbench.core.detector.Scores;
import org.anomalyworkbench.core.detector.TrainedDetector;
import org.anomalyworkbench.core.detector.TrainingContext;
import org.anomalyworkbench.core.evaluation.Metrics;
import org.anomalyworkbench.core.archive.ModelArchive;
import org.anomalyworkbench.core.training.CancellationToken;
import org.anomalyworkbench.core.training.TrainingListener;
import org.junit.jupiter.api.Test;

/** k-NN distance and LOF: hand-computed values, a naive reference, round trips and a quality check. */
class DistanceDetectorsTest {
  private static PreparedData column(float... values) {
    return new PreparedData(values, List.of("x"), null);
  }

  private static TrainedDetector train(String id, Map<String, String> params, PreparedData data) {
    return DetectorRegistry.train(id, params, data,
        new TrainingContext(1, TrainingListener.NONE, CancellationToken.none(), null));
  }

  @Test
  void knnScoresAreTheHandComputedDistances() {
    PreparedData line = column(0, 1, 2, 3, 10);
    TrainedDetector kth = train("knn", Map.of("k", "2"), line);
    // Training rows leave themselves out: 0 -> {1, 2}, 10 -> {3, 2}.
    assertArrayEquals(new double[] {2, 1, 1, 2, 8}, kth.score(line).values(), 1e-6);
    assertArrayEquals(new double[] {3}, kth.score(column(5)).values(), 1e-6);
    TrainedDetector mean = train("knn", Map.of("k", "2", "distance", "MEAN"), line);
    assertArrayEquals(new double[] {1.5, 1, 1, 1.5, 7.5}, mean.score(line).values(), 1e-6);
  }

  @Test
  void contributionsSplitTheScoreByEachFeaturesShareOfTheDistances() {
    PreparedData ref = new PreparedData(new float[] {0, 0, 1, 0, 0, 1, 1, 1}, List.of("a", "b"), null);
    TrainedDetector knn = train("knn", Map.of("k", "1"), ref);
    Scores s = knn.score(new PreparedData(new float[] {3, 1}, List.of("a", "b"), null));
    // Nearest is (1, 1): differences (2, 0), so all of the score is feature a's.
    assertEquals(2, s.value(0), 1e-6);
    assertArrayEquals(new float[] {2, 0}, s.contributionsOf(0), 1e-6f);
  }

  @Test
  void lofMatchesANaiveImplementationOfBreunigsDefinition() {
    SplittableRandom random = new SplittableRandom(9);
    int n = 300;
    float[] v = new float[n * 2];
    for (int i = 0; i < n; i++) {
      double spread = i < 200 ? 0.3 : 2.0; // a dense and a sparse cluster
      v[2 * i] = (float) ((i < 200 ? 0 : 6) + spread * random.nextGaussian());
      v[2 * i + 1] = (float) (spread * random.nextGaussian());
    }
    PreparedData data = new PreparedData(v, List.of("a", "b"), null);
    double[] lof = train("lof", Map.of("k", "10"), data).score(data).values();
    double[] naive = naiveLof(v, 2, 10);
    assertArrayEquals(naive, lof, 1e-4);
  }

  /** Leave-one-out LOF by the paper's definitions, O(n^2) per step, no shared code. */
  private static double[] naiveLof(float[] v, int dims, int k) {
    int n = v.length / dims;
    double[][] d = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        double s = 0;
        for (int c = 0; c < dims; c++) {
          float e = v[i * dims + c] - v[j * dims + c];
          s += e * e;
        }
        d[i][j] = (float) Math.sqrt((float) s);
      }
    }
    int[][] nn = new int[n][];
    double[] kdist = new double[n];
    for (int i = 0; i < n; i++) {
      final int q = i;
      nn[i] = java.util.stream.IntStream.range(0, n).filter(j -> j != q).boxed()
          .sorted((a, b) -> Double.compare(d[q][a], d[q][b])).limit(k).mapToInt(Integer::intValue).toArray();
      kdist[i] = d[i][nn[i][k - 1]];
    }
    double[] lrd = new double[n];
    for (int i = 0; i < n; i++) {
      double sum = 0;
      for (int o : nn[i]) {
        sum += Math.max(kdist[o], d[i][o]);
      }
      lrd[i] = 1 / (sum / k + 1e-10);
    }
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      double sum = 0;
      for (int o : nn[i]) {
        sum += lrd[o];
      }
      out[i] = sum / k / lrd[i];
    }
    return out;
  }

  @Test
  void savedModelsScoreIdentically() throws IOException {
    PreparedData data = CorrelatedAnomalies.standard(400, 4);
    for (String id : List.of("knn", "lof")) {
      TrainedDetector trained = train(id, Map.of(), data.withoutLabels());
      ModelArchive.Writer w = new ModelArchive.Writer();
      trained.save(w);
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      w.writeTo(bytes);
      TrainedDetector loaded = DetectorRegistry.load(id, Map.of(),
          ModelArchive.Reader.from(new ByteArrayInputStream(bytes.toByteArray())));
      assertArrayEquals(trained.score(data).values(), loaded.score(data).values(), 0);
    }
  }

  @Test
  void bothFindAnomaliesOffTheManifoldBetterThanTheSquaredNorm() {
    PreparedData data = CorrelatedAnomalies.standard(1500, 5);
    double norm = CorrelatedAnomalies.squaredNormAuc(data);
    for (String id : List.of("knn", "lof")) {
      double auc = Metrics.rocAuc(train(id, Map.of(), data.withoutLabels()).score(data).values(), data.labels());
      assertTrue(auc > norm + 0.2, id + " AUC " + auc + " vs squared norm " + norm);
    }
  }
}
