package org.anomalyworkbench.core.detector.convae;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.anomalyworkbench.core.data.PreparedData;
import org.anomalyworkbench.core.data.SampleShape;
import org.anomalyworkbench.core.detector.registry.DetectorRegistry;
import org.anomalyworkbench.core.detector.BarImages;
import org.anomalyworkbench.core.detector.Reconstructing;
import org.anomalyworkbench.core.detector.Scores;
import org.anomalyworkbench.core.detector.TrainedDetector;
import org.anomalyworkbench.core.detector.TrainingContext;
import org.anomalyworkbench.core.detector.dl4j.DeepDetectorChecks;
import org.anomalyworkbench.core.training.CancellationToken;
import org.anomalyworkbench.core.training.TrainingProgress;
import org.junit.jupiter.api.Test;

class ConvAutoencoderDetectorTest {
  private final ConvAutoencoderDetector detector = new ConvAutoencoderDetector();

  /** Small and quick: 12x12 images through filters 4,8 to a code of 4. */
  private static ConvAutoencoderConfig small(int epochs) {
    return new ConvAutoencoderConfig(List.of(4, 8), 4, ConvAutoencoderConfig.OutputActivation.AUTO, epochs, 32, 3e-3,
        0, 2, 0, 100_000);
  }

  /** Horizontal bars (normal) and vertical bars (anomalies, last, labelled 1): see {@link BarImages}. */
  static PreparedData bars(int normal, int anomalies, long seed) {
    return BarImages.bars(normal, anomalies, seed);
  }

  private static List<String> names(int size) {
    return BarImages.names(size);
  }

  @Test
  void acceptsImagesOnlyAndRefusesRowsWithWhatToDo() {
    assertEquals(java.util.Set.of(org.anomalyworkbench.core.data.DataKind.IMAGES), detector.accepts());
    assertTrue(DetectorRegistry.ids().contains(ConvAutoencoderDetector.ID));
    PreparedData rows = new PreparedData(new float[20], names(4), null);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> detector.train(rows, small(1), TrainingContext.seeded(1)));
    assertTrue(e.getMessage().contains("only train on images"), e.getMessage());
    assertTrue(e.getMessage().contains("import an image folder"), e.getMessage());
  }

  /**
   * A network whose parameters are all zero rebuilds every value as the output activation of 0:
   * 0 for IDENTITY, 0.5 for SIGMOID. So on a hand-made 2x3 two-channel image the error map is
   * (x - 0)^2 or (x - 0.5)^2 per value, in the input's channel-major order, and the score is its
   * sum.
   */
  @Test
  void errorMapIsThePerValueSquaredErrorInChannelMajorOrder() {
    float[] image = {
        0.0f, 0.1f, 0.2f, // channel 0, row 0
        0.3f, 0.4f, 0.5f, // channel 0, row 1
        1.0f, 0.9f, 0.8f, // channel 1, row 0
        0.7f, 0.6f, -1.0f}; // channel 1, row 1
    PreparedData data = new PreparedData(image, names(12), null, new SampleShape.Image(2, 3, 2));
    for (ConvNetwork.Output output : ConvNetwork.Output.values()) {
      ConvNetwork zero = ConvNetwork.initialised(2, 3, 2, new int[] {2}, 1, output, 1);
      Arrays.fill(zero.params(), 0f);
      TrainedConvAutoencoder model = new TrainedConvAutoencoder(zero, 0);
      float expected = output == ConvNetwork.Output.SIGMOID ? 0.5f : 0f;
      Scores scores = model.score(data);
      assertEquals(1, scores.size());
      assertEquals(12, scores.contributions().length, "rows x shape.size() values");
      double sum = 0;
      for (int i = 0; i < 12; i++) {
        float e = image[i] - expected;
        assertEquals(e * e, scores.contributions()[i], 1e-6, output + " value " + i);
        sum += e * e;
      }
      assertEquals(sum, scores.value(0), 1e-5);
      float[] recon = ((Reconstructing) model).reconstruct(data, 0);
      float[] flat = new float[12];
      Arrays.fill(flat, expected);
      assertArrayEquals(flat, recon, 1e-6f);
    }
    // errorBlur 1 averages the signed difference over 3x3 (zeros outside) before squaring:
    // channel 0 at (0, 0) sees 0 + 0.1 + 0.3 + 0.4; channel 1 at (1, 2) sees 0.9 + 0.8 + 0.6 - 1.
    ConvNetwork zero = ConvNetwork.initialised(2, 3, 2, new int[] {2}, 1, ConvNetwork.Output.IDENTITY, 1);
    Arrays.fill(zero.params(), 0f);
    Scores blurred = new TrainedConvAutoencoder(zero, 1).score(data);
    assertEquals(Math.pow(0.8 / 9, 2), blurred.contributions()[0], 1e-6);
    assertEquals(Math.pow(1.3 / 9, 2), blurred.contributions()[11], 1e-6);
    double total = 0;
    for (float c : blurred.contributions()) {
      total += c;
    }
    assertEquals(total, blurred.value(0), 1e-5, "the blurred error map still adds up to the score");
  }

  @Test
  void trainingBeatsTheUntrainedNetworkAndTheSquaredNorm() {
    // Measured: trained 1.000, untrained ~0.5, ||x||^2 ~0.5 (equal lit pixels by construction).
    PreparedData data = bars(400, 40, 7);
    double trained = DeepDetectorChecks.auc(detector.train(data.withoutLabels(), small(30), TrainingContext.seeded(1))
        .score(data), data);
    double untrained = DeepDetectorChecks.auc(detector.train(data.withoutLabels(),
        DeepDetectorChecks.untrained(small(30)), TrainingContext.seeded(1)).score(data), data);
    double[] norms = new double[data.rows()];
    for (int r = 0; r < data.rows(); r++) {
      for (float x : data.row(r)) {
        norms[r] += x * x;
      }
    }
    double norm = org.anomalyworkbench.bench.Auc.rocAuc(norms, data.labels());
    assertTrue(trained >= untrained + 0.2, "trained " + trained + " vs untrained " + untrained);
    assertTrue(trained >= norm + 0.2, "trained " + trained + " vs ||x||^2 " + norm);
  }

  @Test
  void sameSeedSameScoresAndASavedModelScoresAlike() throws Exception {
    PreparedData data = bars(200, 20, 3);
    DeepDetectorChecks.deterministicAndPersistent(detector, small(3), data);
    Scores a = detector.train(data.withoutLabels(), small(3), TrainingContext.seeded(3)).score(data);
    Scores b = detector.train(data.withoutLabels(), small(3), TrainingContext.seeded(4)).score(data);
    assertFalse(Arrays.equals(a.values(), b.values()), "another seed gives another network");
  }

  @Test
  void reportsALiveLossPerBatchAndCancels() throws Exception {
    PreparedData data = bars(200, 0, 5);
    List<TrainingProgress> events = new ArrayList<>();
    detector.train(data, small(2), new TrainingContext(1, events::add, new CancellationToken(), null));
    long batches = events.stream().filter(p -> !p.epochEnd()).count();
    assertEquals(2 * 7, batches, "200 images in batches of 32: 7 per epoch");
    assertTrue(events.stream().allMatch(p -> Double.isFinite(p.trainLoss())));
    DeepDetectorChecks.cancelsFromAnotherThread(detector, small(10_000), data);
  }

  @Test
  void earlyStoppingKeepsTheBestEpochOnValidationImages() {
    PreparedData train = bars(200, 0, 5);
    PreparedData validation = bars(0, 60, 6); // vertical bars: the validation loss soon rises
    List<String> messages = new ArrayList<>();
    ConvAutoencoderConfig config = new ConvAutoencoderConfig(List.of(4, 8), 4,
        ConvAutoencoderConfig.OutputActivation.AUTO, 200, 32, 3e-3, 3, 2, 0, 100_000);
    CancellationToken cancel = new CancellationToken();
    detector.train(train, config, new TrainingContext(1, new org.anomalyworkbench.core.training.TrainingListener() {
      @Override
      public void onProgress(TrainingProgress progress) {
      }

      @Override
      public void onMessage(String message) {
        messages.add(message);
      }
    }, cancel, validation.withoutLabels()));
    assertTrue(messages.stream().anyMatch(m -> m.startsWith("Early stopping")), messages.toString());
  }

  @Test
  void scoringAnotherImageSizeIsRefused() {
    TrainedDetector model = detector.train(bars(50, 0, 1), small(1), TrainingContext.seeded(1));
    PreparedData other = new PreparedData(new float[2 * 10 * 10], names(100), null, new SampleShape.Image(10, 10, 1));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> model.score(other));
    assertTrue(e.getMessage().contains("12x12x1"), e.getMessage());
    assertInstanceOf(Reconstructing.class, model);
  }
}
