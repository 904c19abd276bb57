package org.anomalyworkbench.core.pipeline;

import org.anomalyworkbench.core.archive.ModelFileException;
import org.anomalyworkbench.core.model.ModelScorer;
import org.anomalyworkbench.core.model.ModelStore;
import org.anomalyworkbench.core.model.ScoredData;
import org.anomalyworkbench.core.model.TrainedModel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.anomalyworkbench.core.data.ColumnRole;
import org.anomalyworkbench.core.data.Dataset;
import org.anomalyworkbench.core.data.SyntheticData;
import org.anomalyworkbench.core.data.prep.PreparationConfig;
import org.anomalyworkbench.core.evaluation.Metrics;
import org.anomalyworkbench.core.scoring.ThresholdPolicy;
import org.anomalyworkbench.core.training.CancellationToken;
import org.anomalyworkbench.core.training.TrainingListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainingPipelineTest {
  @TempDir
  Path dir;

  private final Dataset data = SyntheticData.dataset("synthetic", 1500, 8, 0.05, 11);

  private TrainingPipeline.TrainingResult train(String detector, Map<String, String> params) {
    TrainingRequest request = new TrainingRequest(detector, params, PreparationConfig.defaults(), 5,
        ThresholdPolicy.parse("contamination:0.05"));
    return TrainingPipeline.train(data, request, TrainingListener.NONE, CancellationToken.none());
  }

  @Test
  void trainsScoresEveryRowAndRecordsProvenance() {
    var result = train("zscore", Map.of());
    assertEquals(1500, result.scored().rows());
    assertTrue(result.scored().hasLabels());
    assertTrue(Metrics.rocAuc(result.scored().scores().values(), result.scored().labels()) > 0.8);
    var p = result.model().provenance();
    assertEquals("zscore", p.detectorId());
    assertEquals(1200, p.rows(), "20% of rows are held out for validation");
    assertEquals(8, p.features());
    assertTrue(p.dataHash().startsWith("sha256:"));
    assertEquals(1200, result.model().trainingScores().length);
    int normalValidation = (int) Arrays.stream(result.scored().labels()).filter(l -> l == 0).count();
    assertTrue(result.model().normalValidationScores().length < normalValidation,
        "only validation rows labelled normal are kept");
    double t = result.model().resolveThreshold(result.scored());
    assertEquals(75, result.scored().sorted().countAtOrAbove(t));
  }

  @Test
  void sameSeedGivesSameScoresAndDataHash() {
    var a = train("isolation-forest", Map.of());
    var b = train("isolation-forest", Map.of());
    assertArrayEquals(a.scored().scores().values(), b.scored().scores().values());
    assertEquals(a.model().provenance().dataHash(), b.model().provenance().dataHash());
  }

  @Test
  void savedModelScoresNewDataIdentically() throws IOException {
    var result = train("ensemble", Map.of("members", "zscore,isolation-forest"));
    Path file = dir.resolve("model.awm");
    ModelStore.save(result.model(), file);
    TrainedModel loaded = ModelStore.load(file);
    assertEquals(result.model().config(), loaded.config());
    assertEquals(result.model().provenance(), loaded.provenance());
    assertEquals(result.model().threshold(), loaded.threshold());
    ScoredData again = ModelScorer.score(loaded, data, CancellationToken.none());
    assertArrayEquals(result.scored().scores().values(), again.scores().values(), 1e-12);
    assertArrayEquals(result.scored().scores().contributions(), again.scores().contributions(), 1e-6f);
    assertEquals("ensemble", ModelStore.manifest(file).detectorId());
  }

  @Test
  void changingTheThresholdNeverRetrains() {
    var result = train("zscore", Map.of());
    TrainedModel model = result.model().withThreshold(ThresholdPolicy.parse("sd:2"), result.scored());
    assertTrue(model.detector() == result.model().detector());
    double t = model.thresholdValue();
    double[] training = result.model().trainingScores();
    double mean = Arrays.stream(training).average().orElseThrow();
    double sd = Math.sqrt(Arrays.stream(training).map(x -> (x - mean) * (x - mean)).sum() / training.length);
    assertEquals(mean + 2 * sd, t, 1e-6 * t);
  }

  @Test
  void damagedFilesFailWithAClearMessage() throws IOException {
    var result = train("zscore", Map.of());
    Path good = dir.resolve("good.awm");
    ModelStore.save(result.model(), good);
    byte[] bytes = Files.readAllBytes(good);

    Path truncated = dir.resolve("truncated.awm");
    Files.write(truncated, Arrays.copyOf(bytes, bytes.length / 2));
    var e1 = assertThrows(ModelFileException.class, () -> ModelStore.load(truncated));
    assertTrue(e1.getMessage().startsWith("truncated.awm: "), e1.getMessage());

    Path text = dir.resolve("notes.awm");
    Files.writeString(text, "just some text");
    var e2 = assertThrows(ModelFileException.class, () -> ModelStore.load(text));
    assertTrue(e2.getMessage().contains("not a model file"), e2.getMessage());

    var e3 = assertThrows(ModelFileException.class, () -> ModelStore.load(dir.resolve("missing.awm")));
    assertTrue(e3.getMessage().contains("no such file"), e3.getMessage());
  }

  @Test
  void saveReplacesAtomicallyAndLeavesNoTemporaryFiles() throws IOException {
    var result = train("zscore", Map.of());
    Path file = dir.resolve("model.awm");
    ModelStore.save(result.model(), file);
    ModelStore.save(result.model(), file);
    try (var files = Files.list(dir)) {
      assertEquals(1, files.count());
    }
  }

  @Test
  void badRequestsSayWhatToDo() {
    var unknown = assertThrows(IllegalArgumentException.class, () -> train("forest", Map.of()));
    assertTrue(unknown.getMessage().contains("isolation-forest"), unknown.getMessage());
    Dataset unlabelled = data.withSchema(data.schema().withRole("label", ColumnRole.IGNORED));
    TrainingRequest classifier = new TrainingRequest("classifier", Map.of(), PreparationConfig.defaults(), 1,
        ThresholdPolicy.parse("contamination:0.05"));
    var needsLabel = assertThrows(IllegalArgumentException.class, () -> TrainingPipeline.train(unlabelled, classifier,
        TrainingListener.NONE, CancellationToken.none()));
    assertTrue(needsLabel.getMessage().contains("label"), needsLabel.getMessage());
  }
}
