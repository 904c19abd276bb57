package org.anomalyworkbench.core.detector.gan;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.anomalyworkbench.core.data.DataKind;
import org.anomalyworkbench.core.data.PreparedData;
import org.anomalyworkbench.core.data.SampleShape;
import org.anomalyworkbench.core.detector.BarImages;
import org.anomalyworkbench.core.detector.ConfigBinder;
import org.anomalyworkbench.core.detector.Reconstructing;
import org.anomalyworkbench.core.detector.Scores;
import org.anomalyworkbench.core.detector.TrainedDetector;
import org.anomalyworkbench.core.detector.TrainingContext;
import org.anomalyworkbench.core.detector.dl4j.DeepDetectorChecks;
import org.anomalyworkbench.core.training.CancellationToken;
import org.anomalyworkbench.core.training.TrainingCancelledException;
import org.anomalyworkbench.core.training.TrainingProgress;
import org.junit.jupiter.api.Test;

/** The {@code gan} detector on image-shaped data: the convolutional GANomaly behind the same contract. */
class GanImageTest {
  private final GanDetector detector = new GanDetector();

  /** Small and quick: 12x12 images through filters 4,8 to a code of 4, batches of 32. */
  private static GanConfig small(int epochs) {
    return ConfigBinder.bind(GanConfig.defaults(), Map.of("imageFilters", "4,8", "imageCode", "4", "epochs",
        String.valueOf(epochs), "minSteps", "0", "batchSize", "32", "patience", "0"));
  }

  @Test
  void imagesGetTheConvolutionalNetworksUnderTheSameId() {
    assertEquals(java.util.Set.of(DataKind.TABULAR, DataKind.IMAGES), detector.accepts());
    assertTrue(detector.description().contains("convolutional"), detector.description());
    TrainedDetector model = detector.train(BarImages.bars(64, 0, 1), small(1), TrainingContext.seeded(1));
    assertInstanceOf(TrainedConvGan.class, model);
    assertEquals("gan", model.detectorId());
    // The same detector on the same values without the image shape trains the dense networks.
    PreparedData rows = BarImages.bars(64, 0, 1);
    assertInstanceOf(TrainedGan.class, detector.train(new PreparedData(rows.values(), rows.featureNames(), null),
        small(1), TrainingContext.seeded(1)));
  }

  @Test
  void trainingBeatsTheUntrainedNetworkAndTheSquaredNorm() {
    // Horizontal bars normal, vertical bars anomalous, equal lit pixels: only the learnt shape separates them.
    PreparedData data = BarImages.bars(400, 40, 7);
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
    System.out.println("GanImageTest trained " + trained + " untrained " + untrained + " norm " + norm);
    assertTrue(trained >= untrained + 0.2, "trained " + trained + " vs untrained " + untrained);
    assertTrue(trained >= norm + 0.2, "trained " + trained + " vs ||x||^2 " + norm);
  }

  @Test
  void sameSeedSameScoresAndASavedModelScoresAlike() throws Exception {
    PreparedData data = BarImages.bars(120, 12, 3);
    DeepDetectorChecks.deterministicAndPersistent(detector, small(2), data);
    TrainedDetector model = detector.train(data.withoutLabels(), small(2), TrainingContext.seeded(3));
    TrainedDetector loaded = DeepDetectorChecks.roundTrip(detector, model, small(2));
    assertInstanceOf(TrainedConvGan.class, loaded);
    assertArrayEquals(((Reconstructing) model).reconstruct(data, 5), ((Reconstructing) loaded).reconstruct(data, 5));
    Scores a = model.score(data);
    Scores b = detector.train(data.withoutLabels(), small(2), TrainingContext.seeded(4)).score(data);
    assertFalse(Arrays.equals(a.values(), b.values()), "another seed gives other networks");
  }

  @Test
  void everyBatchReportsTheNamedLossesAndCancelStopsWithinTheEpoch() {
    // 200 images in batches of 32: 7 per epoch; cancel after the third batch.
    PreparedData data = BarImages.bars(200, 0, 5);
    CancellationToken cancel = new CancellationToken();
    List<TrainingProgress> seen = new ArrayList<>();
    TrainingContext ctx = new TrainingContext(1, p -> {
      seen.add(p);
      if (p.iteration() == 3) {
        cancel.cancel();
      }
    }, cancel, null);
    assertThrows(TrainingCancelledException.class, () -> detector.train(data, small(50), ctx));
    assertEquals(3, seen.size(), "no batch after the cancel");
    assertTrue(seen.stream().noneMatch(TrainingProgress::epochEnd), "stopped within the first epoch");
    for (TrainingProgress p : seen) {
      assertEquals(List.of("generator", "discriminator", "adversarial", "reconstruction", "latent"),
          p.namedLosses().stream().map(TrainingProgress.NamedLoss::name).toList());
      assertTrue(p.namedLosses().stream().allMatch(l -> Double.isFinite(l.value()) && l.value() >= 0));
      GanConfig c = small(50);
      double weighted = c.adversarialWeight() * p.namedLosses().get(2).value()
          + c.reconstructionWeight() * p.namedLosses().get(3).value()
          + c.latentWeight() * p.namedLosses().get(4).value();
      assertEquals(weighted, p.trainLoss(), 1e-9 * Math.max(1, weighted), "the generator's loss is its weighted terms");
    }
  }

  @Test
  void theErrorMapIsTheSquaredDifferenceToTheReconstructionScaledToTheScore() {
    // Two channels, so a mix-up of channel-major and pixel-major order shows.
    PreparedData grey = BarImages.bars(60, 0, 2);
    int size = 6 * 6 * 2;
    float[] v = Arrays.copyOf(grey.values(), 60 * size);
    PreparedData data = new PreparedData(v, BarImages.names(size), null, new SampleShape.Image(6, 6, 2));
    for (GanConfig.Score kind : GanConfig.Score.values()) {
      GanConfig c = ConfigBinder.bind(small(2), Map.of("score", kind.toString(), "imageFilters", "3"));
      TrainedDetector model = detector.train(data, c, TrainingContext.seeded(1));
      Scores scores = model.score(data);
      DeepDetectorChecks.contributionsWellFormed(scores, data);
      for (int r = 0; r < 5; r++) {
        float[] recon = ((Reconstructing) model).reconstruct(data, r);
        double[] squared = new double[size];
        double total = 0;
        for (int j = 0; j < size; j++) {
          double e = data.row(r)[j] - recon[j];
          squared[j] = e * e;
          total += e * e;
        }
        double sum = 0;
        for (int j = 0; j < size; j++) {
          float cj = scores.contributionsOf(r)[j];
          sum += cj;
          assertEquals(scores.value(r) * squared[j] / total, cj, 1e-5 * Math.max(1, scores.value(r)),
              kind + " image " + r + " value " + j);
        }
        assertEquals(scores.value(r), sum, 1e-4 * Math.max(1, scores.value(r)), kind + " image " + r);
        if (kind == GanConfig.Score.RECONSTRUCTION) {
          assertEquals(total / size, scores.value(r), 1e-5, "the mean squared error of the reconstruction");
        }
      }
    }
  }

  @Test
  void earlyStoppingOnValidationImagesKeepsTheBestEpochsNetworks() {
    // Vertical bars as validation images: the generator's loss on them stops falling once it fits horizontal ones.
    PreparedData train = BarImages.bars(200, 0, 5);
    PreparedData validation = BarImages.bars(0, 60, 6).withoutLabels();
    List<String> messages = new ArrayList<>();
    List<Double> losses = new ArrayList<>();
    GanConfig config = ConfigBinder.bind(small(200), Map.of("patience", "2", "learningRate", "3e-3"));
    Scores stopped = detector.train(train, config, new TrainingContext(1,
        new org.anomalyworkbench.core.training.TrainingListener() {
          @Override
          public void onProgress(TrainingProgress p) {
            if (p.epochEnd()) {
              losses.add(p.validationLoss());
            }
          }

          @Override
          public void onMessage(String message) {
            messages.add(message);
          }
        }, new CancellationToken(), validation)).score(train);
    assertTrue(losses.size() < 200 && losses.stream().allMatch(Double::isFinite), "" + losses);
    int best = losses.size() - 2;
    assertTrue(messages.contains("Early stopping after epoch " + losses.size()
        + ": the validation loss did not improve for 2 epochs; kept epoch " + best + "."), "" + messages);
    // The kept networks are the best epoch's: the same run stopped there by its epoch count scores the same.
    Scores reference = detector.train(train, ConfigBinder.bind(config, Map.of("epochs", String.valueOf(best),
        "patience", "0")), new TrainingContext(1, null, null, validation)).score(train);
    assertArrayEquals(reference.values(), stopped.values());
  }

  @Test
  void scoringAnotherImageSizeIsRefused() {
    TrainedDetector model = detector.train(BarImages.bars(50, 0, 1), small(1), TrainingContext.seeded(1));
    PreparedData other = new PreparedData(new float[2 * 10 * 10], BarImages.names(100), null,
        new SampleShape.Image(10, 10, 1));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> model.score(other));
    assertTrue(e.getMessage().contains("12x12x1"), e.getMessage());
  }
}
