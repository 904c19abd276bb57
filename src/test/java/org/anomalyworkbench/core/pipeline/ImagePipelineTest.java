package org.anomalyworkbench.core.pipeline;

import org.anomalyworkbench.core.model.ModelScorer;
import org.anomalyworkbench.core.model.ModelStore;
import org.anomalyworkbench.core.model.ScoredData;
import org.anomalyworkbench.core.model.TrainedModel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.anomalyworkbench.core.data.DataImportException;
import org.anomalyworkbench.core.data.Dataset;
import org.anomalyworkbench.core.data.images.ImageFolderImporter;
import org.anomalyworkbench.core.data.ImageOptions;
import org.anomalyworkbench.core.data.images.ImageTable;
import org.anomalyworkbench.core.data.images.TestImages;
import org.anomalyworkbench.core.data.prep.PreparationConfig;
import org.anomalyworkbench.core.data.prep.Scaling;
import org.anomalyworkbench.core.data.SampleShape;
import org.anomalyworkbench.core.evaluation.Metrics;
import org.anomalyworkbench.core.scoring.ThresholdPolicy;
import org.anomalyworkbench.core.training.CancellationToken;
import org.anomalyworkbench.core.training.TrainingListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Images through the one training path: normal classes, flattened pixels, model files. */
class ImagePipelineTest {
  @TempDir
  Path dir;

  private Dataset bars(ImageOptions options) throws IOException {
    TestImages.bars(dir.resolve("bars"), 40, 12, 3);
    return ImageTable.dataset(ImageFolderImporter.read(dir.resolve("bars"), options,
        ImageFolderImporter.Progress.NONE, () -> false), Set.of("normal"));
  }

  private static TrainingPipeline.TrainingResult train(Dataset data, String detector) {
    TrainingRequest request = new TrainingRequest(detector, Map.of(),
        PreparationConfig.defaults().withScaling(Scaling.MIN_MAX), 7, ThresholdPolicy.parse("contamination:0.5"));
    return TrainingPipeline.train(data, request, TrainingListener.NONE, CancellationToken.none());
  }

  @Test
  void learnsFromNormalClassImagesOnlyAndScoresEveryImage() throws IOException {
    Dataset data = bars(ImageOptions.automatic());
    var result = train(data, "isolation-forest");
    assertEquals(80, result.scored().rows());
    // The normal images of the seeded 80% training part (about 32), none of the odd class.
    int trainingRows = result.model().provenance().rows();
    assertTrue(trainingRows >= 26 && trainingRows <= 38, "training rows " + trainingRows);
    assertEquals(144, result.model().provenance().features());
    double auc = Metrics.rocAuc(result.scored().scores().values(), result.scored().labels());
    assertTrue(auc > 0.85, "vertical bars among horizontal ones, AUC " + auc);
  }

  @Test
  void aSavedModelReadsNewImagesTheSameWayAndRefusesOtherwiseReadOnes() throws IOException {
    Dataset data = bars(ImageOptions.automatic());
    var result = train(data, "zscore");
    Path file = dir.resolve("m.awm");
    ModelStore.save(result.model(), file);
    TrainedModel loaded = ModelStore.load(file);
    assertEquals(ImageOptions.automatic().resolve(12, 12, true), loaded.preparation().imageOptions().orElseThrow());
    ScoredData again = ModelScorer.score(loaded, data, CancellationToken.none());
    assertArrayEquals(result.scored().scores().values(), again.scores().values(), 1e-9);
    Dataset otherSize = bars(ImageOptions.automatic().withSize(6, 6));
    DataImportException e = assertThrows(DataImportException.class,
        () -> ModelScorer.score(loaded, otherSize, CancellationToken.none()));
    assertTrue(e.getMessage().contains("12x12 grey"), e.getMessage());
  }

  @Test
  void preparedImagesAreChannelMajorInUnitRange() throws IOException {
    Dataset data = bars(ImageOptions.automatic());
    var prep = org.anomalyworkbench.core.data.prep.Preparation.fit(data, new int[] {0, 1, 2},
        PreparationConfig.defaults().withScaling(Scaling.MIN_MAX));
    var prepared = prep.transform(data);
    assertEquals(new SampleShape.Image(12, 12, 1), prepared.shape());
    assertEquals(data.images().value(5, 17) / 255f, prepared.get(5, 17), 1e-6);
    assertEquals("pixel 1,5", prepared.featureNames().get(17));
  }

  @Test
  void standardScalingCentresAndScalesEachChannelOnTheTrainingImages() throws IOException {
    Dataset data = bars(ImageOptions.automatic());
    int[] training = {0, 1, 2, 3, 4, 5};
    var prepared = org.anomalyworkbench.core.data.prep.Preparation.fit(data, training,
        PreparationConfig.defaults().withScaling(Scaling.STANDARD)).transform(data).select(training);
    double sum = 0;
    double sq = 0;
    for (float v : prepared.values()) {
      sum += v;
      sq += v * v;
    }
    int n = prepared.values().length;
    assertEquals(0, sum / n, 1e-4);
    assertEquals(1, Math.sqrt(sq / n - (sum / n) * (sum / n)), 1e-4);
  }

  @Test
  void detectorsThatDoNotReadImagesAreRefusedWithTheOnesThatDo() throws IOException {
    Dataset data = bars(ImageOptions.automatic());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> train(data, "lstm"));
    assertTrue(e.getMessage().contains("does not read images") && e.getMessage().contains("isolation-forest"),
        e.getMessage());
  }
}
