package org.anomalyworkbench.core.detector.density;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.anomalyworkbench.core.data.PreparedData;
import org.anomalyworkbench.core.detector.CorrelatedAnomalies;
import org.anomalyworkbench.core.detector.registry.DetectorRegistry;
import org.anomalyworkbench.core.detector.TrainedDetector;
import org.anomalyworkbench.core.detector.TrainingContext;
import org.anomalyworkbench.core.evaluation.Metrics;
import org.anomalyworkbench.core.archive.ModelArchive;
import org.anomalyworkbench.core.training.CancellationToken;
import org.anomalyworkbench.core.training.TrainingListener;
import org.junit.jupiter.api.Test;

class DensityDetectorTest {
  private static final double HALF_LOG_2PI = 0.5 * Math.log(2 * Math.PI);

  private static TrainedDetector train(Map<String, String> params, PreparedData data, List<String> messages) {
    TrainingListener listener = new TrainingListener() {
      @Override
      public void onProgress(org.anomalyworkbench.core.training.TrainingProgress p) {
      }

      @Override
      public void onMessage(String m) {
        messages.add(m);
      }
    };
    return DetectorRegistry.train("density", params, data,
        new TrainingContext(3, listener, CancellationToken.none(), null));
  }

  @Test
  void oneComponentIsTheSampleGaussian() {
    PreparedData x = new PreparedData(new float[] {-1, 1}, List.of("x"), null);
    TrainedDetector one = train(Map.of("maxComponents", "1"), x, new ArrayList<>());
    double variance = 1 + GaussianMixture.REGULARISATION;
    double expectedAt0 = HALF_LOG_2PI + 0.5 * Math.log(variance);
    double expectedAt3 = expectedAt0 + 9 / (2 * variance);
    assertArrayEquals(new double[] {expectedAt0, expectedAt3},
        one.score(new PreparedData(new float[] {0, 3}, List.of("x"), null)).values(), 1e-9);
  }

  @Test
  void kernelDensityLeavesTheRowItselfOut() {
    KernelDensity kde = new KernelDensity(new float[] {0, 2}, 1, 1.0);
    double[] s = kde.negativeLogDensity(new float[] {1, 0});
    assertEquals(0.5 + HALF_LOG_2PI, s[0], 1e-9, "midway: both bumps at distance 1");
    assertEquals(2 + HALF_LOG_2PI, s[1], 1e-9, "a reference row sees only the other one, at distance 2");
  }

  @Test
  void bicChoosesTwoComponentsForTwoClustersAndOneForOne() {
    SplittableRandom random = new SplittableRandom(2);
    float[] two = new float[800];
    float[] one = new float[800];
    for (int i = 0; i < 400; i++) {
      two[2 * i] = (float) ((i % 2 == 0 ? -4 : 4) + random.nextGaussian());
      two[2 * i + 1] = (float) random.nextGaussian();
      one[2 * i] = (float) random.nextGaussian();
      one[2 * i + 1] = (float) random.nextGaussian();
    }
    List<String> messages = new ArrayList<>();
    train(Map.of(), new PreparedData(two, List.of("a", "b"), null), messages);
    train(Map.of(), new PreparedData(one, List.of("a", "b"), null), messages);
    assertTrue(messages.get(0).startsWith("Gaussian mixture with 2 components"), messages.get(0));
    assertTrue(messages.get(1).startsWith("Gaussian mixture with 1 component "), messages.get(1));
  }

  @Test
  void savedModelsScoreIdentically() throws IOException {
    PreparedData data = CorrelatedAnomalies.standard(300, 8);
    for (String method : List.of("GAUSSIAN_MIXTURE", "KERNEL")) {
      TrainedDetector trained = train(Map.of("method", method), data.withoutLabels(), new ArrayList<>());
      ModelArchive.Writer w = new ModelArchive.Writer();
      trained.save(w);
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      w.writeTo(bytes);
      TrainedDetector loaded = DetectorRegistry.load("density", Map.of("method", method),
          ModelArchive.Reader.from(new ByteArrayInputStream(bytes.toByteArray())));
      assertArrayEquals(trained.score(data).values(), loaded.score(data).values(), 0, method);
    }
  }

  @Test
  void theMixtureSeesBrokenCorrelationsThatTheSquaredNormMisses() {
    PreparedData data = CorrelatedAnomalies.standard(1500, 6);
    double norm = CorrelatedAnomalies.squaredNormAuc(data);
    double auc = Metrics.rocAuc(train(Map.of(), data.withoutLabels(), new ArrayList<>()).score(data).values(),
        data.labels());
    assertTrue(auc > norm + 0.2, "density AUC " + auc + " vs squared norm " + norm);
  }
}
