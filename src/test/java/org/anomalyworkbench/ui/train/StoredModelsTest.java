package org.anomalyworkbench.ui.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.anomalyworkbench.core.data.Dataset;
import org.anomalyworkbench.core.data.SyntheticData;
import org.anomalyworkbench.core.model.ModelStore;
import org.anomalyworkbench.core.training.CancellationToken;
import org.anomalyworkbench.core.scoring.KOfN;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's model files are the command line's: saved atomically, scored the same way. */
class StoredModelsTest {
  @TempDir
  Path tmp;

  private final StoredModels models = new StoredModels();

  private static TrainingOutcome trainZscore(Dataset data) {
    return new PipelineTrainingService().train(data, new TrainingPlan("zscore", "Z-score", Map.of(), "STANDARD", 0, 3),
        p -> { }, new CancellationToken());
  }

  @Test
  void aSavedModelScoresNewDataAsTheTrainedOneDid() throws Exception {
    Dataset data = SyntheticData.dataset("plant", 400, 5, 0.05, 2);
    TrainingOutcome trained = trainZscore(data);
    Path file = tmp.resolve("plant.awm");
    models.save(trained, null, Double.NaN, KOfN.OFF, file);
    assertEquals("zscore", ModelStore.manifest(file).detectorId(), "a file the command line reads");

    TrainingOutcome scored = models.scoreWith(file, data, new CancellationToken());
    assertArrayEquals(trained.results().scores().values(), scored.results().scores().values(), 1e-12);
    assertEquals(trained.provenance(), scored.provenance());
    assertTrue(scored.results().hasLabels(), "the data's own label is used to evaluate");
  }

  @Test
  void dataWithoutTheModelsColumnsGetsAClearMessage() throws Exception {
    Path file = tmp.resolve("wide.awm");
    models.save(trainZscore(SyntheticData.dataset("wide", 300, 6, 0.05, 2)), null, Double.NaN, KOfN.OFF, file);
    Dataset narrow = SyntheticData.dataset("narrow", 300, 3, 0.05, 2);
    Exception e = assertThrows(Exception.class, () -> models.scoreWith(file, narrow, new CancellationToken()));
    assertTrue(e.getMessage().contains("missing"), e.getMessage());
  }

  @Test
  void aDamagedFileIsRefusedWithWhatToDo() throws Exception {
    Path file = tmp.resolve("broken.awm");
    Files.writeString(file, "not a zip");
    Exception e = assertThrows(Exception.class,
        () -> models.scoreWith(file, SyntheticData.dataset("d", 50, 3, 0.1, 1), new CancellationToken()));
    assertTrue(e.getMessage().contains("broken.awm"), e.getMessage());
  }

  @Test
  void theSavedFileKeepsTheThresholdTheWindowShowsAndScoringAppliesIt() throws Exception {
    Dataset data = SyntheticData.dataset("plant", 400, 5, 0.05, 2);
    TrainingOutcome trained = trainZscore(data);
    double shown = trained.results().ranked().scoreAt(3); // e.g. dragged to flag the top 4 rows
    Path file = tmp.resolve("dragged.awm");
    models.save(trained, new org.anomalyworkbench.core.scoring.ThresholdPolicy.Fixed(shown), shown,
        new KOfN(2, 3), file);

    assertEquals(new org.anomalyworkbench.core.scoring.ThresholdPolicy.Fixed(shown).toText(),
        ModelStore.manifest(file).threshold());
    assertEquals(shown, ModelStore.manifest(file).thresholdValue(), 0.0);
    assertEquals("2/3", ModelStore.manifest(file).kOfN(), "Ctrl+S keeps the k of n on screen");
    TrainingOutcome scored = models.scoreWith(file, data, new CancellationToken());
    var result = (org.anomalyworkbench.core.pipeline.TrainingPipeline.TrainingResult) scored.model();
    assertEquals(4, result.scored().sorted().countAtOrAbove(result.model().savedThreshold(result.scored()).value()));
  }
}
