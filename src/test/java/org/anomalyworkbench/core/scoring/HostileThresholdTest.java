package org.anomalyworkbench.core.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.anomalyworkbench.core.data.Dataset;
import org.anomalyworkbench.core.data.SyntheticData;
import org.anomalyworkbench.core.data.prep.PreparationConfig;
import org.anomalyworkbench.core.archive.ModelArchive;
import org.anomalyworkbench.core.model.ModelScorer;
import org.anomalyworkbench.core.model.ModelStore;
import org.anomalyworkbench.core.model.ScoredData;
import org.anomalyworkbench.core.model.TrainedModel;
import org.anomalyworkbench.core.pipeline.TrainingPipeline;
import org.anomalyworkbench.core.pipeline.TrainingRequest;
import org.anomalyworkbench.core.training.CancellationToken;
import org.anomalyworkbench.core.training.TrainingListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile score distributions for the threshold policies (issue 11, item 4): tied blocks at
 * the boundary, constant scores, a tie covering most rows, NaN scores, and best F1 tempted by
 * "flag everything"; and the threshold travelling with the model file (item 5): saved as a
 * number, applied to new batches, and recovered from files that kept only the policy. Each
 * case asserts the exact threshold, flagged count and note.
 */
class HostileThresholdTest {
  @TempDir
  Path dir;

  /** {@code high} distinct scores above 10, {@code tied} rows at 0.5, {@code low} distinct scores below 0.4. */
  private static double[] blockAt(int high, int tied, int low) {
    double[] s = new double[high + tied + low];
    for (int i = 0; i < high; i++) {
      s[i] = 10 + (high - i);
    }
    Arrays.fill(s, high, high + tied, 0.5);
    for (int i = 0; i < low; i++) {
      s[high + tied + i] = 0.4 * (low - i) / (low + 1.0);
    }
    return s;
  }

  private static ThresholdChoice top(double fraction, double[] scores) {
    return new ThresholdPolicy.Contamination(fraction).choose(ThresholdContext.ofScores(scores));
  }

  private static int flagged(double[] scores, ThresholdChoice c) {
    return Flags.of(scores, c.value()).count();
  }

  @Test
  void aLargeTieBlockAtTheBoundaryIsLeftOutWhenIncludingItWouldOvershootFar() {
    // NAB-like: 5% asks for 50 rows; the 50th is in a block of 186 tied rows (21.6% if all flagged).
    double[] s = blockAt(30, 186, 784);
    ThresholdChoice c = top(0.05, s);
    assertEquals(11, c.value(), "the lowest of the 30 scores above the block");
    assertEquals(30, flagged(s, c));
    assertEquals("ties at the boundary: flagging 3% (30 rows) instead of 5%; 186 rows share the score 0.5, "
        + "and flagging them too would give 21.6%.", c.note());
  }

  @Test
  void aSmallTieBlockIsFlaggedWholeWhenThatIsNearerTheTarget() {
    double[] s = blockAt(40, 12, 948);
    ThresholdChoice c = top(0.05, s);
    assertEquals(0.5, c.value());
    assertEquals(52, flagged(s, c));
    assertEquals("ties at the boundary: flagging 5.2% (52 rows) instead of 5%; 12 rows share the score 0.5.",
        c.note());
  }

  @Test
  void equallyNearCountsPreferFlaggingFewer() {
    double[] s = blockAt(45, 10, 945); // 45 or 55 rows, both 5 from 50
    ThresholdChoice c = top(0.05, s);
    assertEquals(45, flagged(s, c));
    assertEquals(11, c.value());
  }

  @Test
  void constantScoresFlagNothingAndSaySo() {
    double[] s = new double[200];
    Arrays.fill(s, 0.7);
    ThresholdChoice c = top(0.05, s);
    assertEquals(0, flagged(s, c));
    assertEquals(Math.nextUp(0.7), c.value());
    assertEquals("all scores are equal (0.7): no threshold can flag 5%, so none is flagged. The detector cannot "
        + "tell these rows apart; try other features or another detector.", c.note());
  }

  @Test
  void aTieCoveringMostRowsAtTheTopCannotBeSplit() {
    // Categorical-only data: 65% of rows share the highest score.
    double[] s = blockAt(0, 650, 350);
    for (int i = 0; i < 650; i++) {
      s[i] = 2.0;
    }
    ThresholdChoice c = top(0.05, s);
    assertEquals(0, flagged(s, c));
    assertEquals("cannot flag 5%: 650 rows share the score 2 (the highest, 65% of the rows), so none is flagged. "
        + "Set a fixed threshold at or below 2 to flag them all.", c.note());
  }

  @Test
  void distinctScoresFlagExactlyTheShareWithoutANote() {
    double[] s = blockAt(1000, 0, 0);
    ThresholdChoice c = top(0.05, s);
    assertEquals(50, flagged(s, c));
    assertFalse(c.hasNote(), c.note());
    assertEquals(1000, flagged(s, top(1.0, s)));
  }

  @Test
  void mostlyNanScoresFlagWhatHasAScore() {
    double[] s = new double[100];
    Arrays.fill(s, Double.NaN);
    s[3] = 0.9;
    s[70] = 0.2;
    ThresholdChoice c = top(0.05, s);
    assertEquals(2, flagged(s, c));
    assertEquals("ties at the boundary: flagging 2% (2 rows) instead of 5%; only 2 rows have a score.", c.note());
    Arrays.fill(s, Double.NaN);
    ThresholdChoice none = top(0.05, s);
    assertEquals(0, flagged(s, none));
    assertEquals("no row has a score, so no row can be flagged.", none.note());
  }

  @Test
  void aShareBelowHalfARowFlagsNothingAndSaysSo() {
    double[] s = blockAt(100, 0, 0);
    ThresholdChoice c = top(0.001, s);
    assertEquals(0, flagged(s, c));
    assertEquals("0.1% of 100 rows rounds to 0 rows: none flagged. Ask for a larger share, or set a fixed "
        + "threshold.", c.note());
  }

  @Test
  void bestF1IgnoresFlagEverythingWhenAnotherThresholdExists() {
    // Anomalies are common and poorly separated: flagging all 6 rows has F1 0.8, the best.
    double[] s = {0.9, 0.5, 0.5, 0.1, 0.1, 0.1};
    int[] y = {0, 1, 1, 1, 1, 0};
    ThresholdChoice c = new ThresholdPolicy.BestF1().choose(new ThresholdContext(null, s, y, null));
    assertEquals(0.5, c.value());
    assertEquals(3, flagged(s, c));
    assertFalse(c.hasNote());
  }

  @Test
  void bestF1OnConstantScoresFlagsAllAndSaysWhy() {
    double[] s = new double[4032];
    Arrays.fill(s, 1.25);
    int[] y = new int[s.length];
    y[7] = 1;
    ThresholdChoice c = new ThresholdPolicy.BestF1().choose(new ThresholdContext(null, s, y, null));
    assertEquals(1.25, c.value());
    assertEquals(4032, flagged(s, c));
    assertEquals("every scored row has the same score, so best F1 can only flag all 4032 of them. The detector "
        + "cannot tell these rows apart; try other features or another detector.", c.note());
  }

  @Test
  void resolveAndChooseAgree() {
    double[] s = blockAt(30, 186, 784);
    assertEquals(top(0.05, s).value(), new ThresholdPolicy.Contamination(0.05).resolve(ThresholdContext.ofScores(s)));
  }

  // ---- the threshold travels with the model ----

  private static final Dataset TRAINING = SyntheticData.dataset("plant", 2000, 6, 0.05, 21);
  /** Fresh rows from the same generator, none anomalous. */
  private static final Dataset NORMAL_ONLY = SyntheticData.dataset("normal", 1000, 6, 0.0, 21);

  private static TrainingPipeline.TrainingResult train(String threshold) {
    return TrainingPipeline.train(TRAINING, new TrainingRequest("zscore", Map.of(), PreparationConfig.defaults(), 5,
        ThresholdPolicy.parse(threshold)), TrainingListener.NONE, CancellationToken.none());
  }

  @Test
  void theTrainingRunResolvesThePolicyOnceAndKeepsTheNumber() {
    var result = train("contamination:0.05");
    double expected = result.scored().sorted().thresholdForTopCount(100);
    assertEquals(expected, result.model().thresholdValue(), "the 100th of 2,000 training-run scores");
    assertEquals(100, result.scored().sorted().countAtOrAbove(result.model().thresholdValue()));
  }

  @Test
  void aSavedModelFlagsABatchOfNormalRowsWithItsSavedNumberNotAFreshTopFivePercent() throws IOException {
    var result = train("contamination:0.05");
    Path file = dir.resolve("plant.awm");
    ModelStore.save(result.model(), file);
    TrainedModel loaded = ModelStore.load(file);
    assertEquals(result.model().thresholdValue(), loaded.thresholdValue(), 0.0);
    assertEquals(result.model().thresholdValue(), ModelStore.manifest(file).thresholdValue(), 0.0);

    ScoredData normal = ModelScorer.score(loaded, NORMAL_ONLY, CancellationToken.none());
    ThresholdChoice saved = loaded.savedThreshold(normal);
    int flagged = normal.sorted().countAtOrAbove(saved.value());
    assertTrue(flagged <= 10, "at most 1% of normal rows flagged, got " + flagged);
    assertFalse(saved.hasNote());
    assertEquals("top 5% of the training data's scores, saved with the model", loaded.thresholdOrigin());
    // Re-resolving the policy on the batch (the old behaviour, now only on request) flags 5% of normal rows.
    assertEquals(50, normal.sorted().countAtOrAbove(loaded.resolveThreshold(loaded.threshold(), normal)));
  }

  @Test
  void aFileWithOnlyThePolicyResolvesItOnItsStoredTrainingScores() throws IOException {
    var result = train("contamination:0.05");
    Path file = dir.resolve("old.awm");
    ModelStore.save(result.model(), file);
    removeThresholdValue(file);
    assertEquals(null, ModelStore.manifest(file).thresholdValue());

    TrainedModel loaded = ModelStore.load(file);
    double[] training = loaded.trainingScores();
    assertEquals(new SortedScores(training).thresholdForTopCount(80), loaded.thresholdValue(),
        "top 5% of the 1,600 stored training scores");
    ScoredData normal = ModelScorer.score(loaded, NORMAL_ONLY, CancellationToken.none());
    assertTrue(normal.sorted().countAtOrAbove(loaded.savedThreshold(normal).value()) <= 10);
  }

  @Test
  void anOldBestF1FileWithoutLabelsOnFileIsResolvedPerBatchAndSaysSo() throws IOException {
    var result = train("best-f1");
    Path file = dir.resolve("old-f1.awm");
    ModelStore.save(result.model(), file);
    removeThresholdValue(file);
    TrainedModel loaded = ModelStore.load(file);
    assertTrue(Double.isNaN(loaded.thresholdValue()));
    ScoredData again = ModelScorer.score(loaded, TRAINING, CancellationToken.none());
    ThresholdChoice c = loaded.savedThreshold(again);
    assertEquals(result.model().thresholdValue(), c.value(), 0.0, "best F1 on the same labelled rows");
    assertEquals("This model file is older than saved thresholds, so best F1 against the labels was resolved on "
        + "these rows. Save the model again to keep a fixed number.", c.note());
  }

  @Test
  void bestF1WithoutALabelColumnFailsBeforeTraining() {
    Dataset unlabelled = TRAINING.withSchema(TRAINING.schema().withRole("label",
        org.anomalyworkbench.core.data.ColumnRole.IGNORED));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> TrainingPipeline.train(unlabelled, new TrainingRequest("zscore", Map.of(), PreparationConfig.defaults(),
            5, new ThresholdPolicy.BestF1()), p -> {
              throw new AssertionError("training started");
            }, CancellationToken.none()));
    assertEquals("The threshold 'best F1' needs a label column (0 = normal, 1 = anomaly). Mark a label column, or "
        + "choose another threshold, e.g. contamination:0.05.", e.getMessage());
  }

  @Test
  void aThresholdChosenLaterIsWhatTheFileKeeps() throws IOException {
    var result = train("contamination:0.05");
    TrainedModel dragged = result.model().withThreshold(new ThresholdPolicy.Fixed(1.5), 1.5);
    Path file = dir.resolve("dragged.awm");
    ModelStore.save(dragged, file);
    assertEquals("fixed:1.5", ModelStore.manifest(file).threshold());
    assertEquals(1.5, ModelStore.load(file).thresholdValue());
  }

  @Test
  void theSmoothingOfDecisionsTravelsWithTheModelAndOldFilesReadAsNone() throws IOException {
    var result = train("contamination:0.05");
    assertEquals(KOfN.OFF, result.model().kOfN(), "training alone never smooths");
    TrainedModel smoothed = result.model().withKOfN(new KOfN(3, 5));
    assertEquals(result.model().thresholdValue(), smoothed.thresholdValue(), 0.0, "the threshold stays");
    Path file = dir.resolve("smoothed.awm");
    ModelStore.save(smoothed, file);
    assertEquals("3/5", ModelStore.manifest(file).kOfN());
    TrainedModel loaded = ModelStore.load(file);
    assertEquals(new KOfN(3, 5), loaded.kOfN());
    assertEquals(new DecisionRule(0.5, new KOfN(3, 5)), loaded.decisionRule(0.5));
    // A later change of threshold keeps the smoothing, as the window's save does.
    assertEquals(new KOfN(3, 5), loaded.withThreshold(new ThresholdPolicy.Fixed(2), 2).kOfN());

    removeManifestField(file, "kOfN");
    assertEquals(null, ModelStore.manifest(file).kOfN());
    assertEquals(KOfN.OFF, ModelStore.load(file).kOfN(), "files from before k of n flag single points, as before");
  }

  /** Rewrites {@code file}'s manifest as files saved before thresholds travelled: policy only. */
  private static void removeThresholdValue(Path file) throws IOException {
    removeManifestField(file, "thresholdValue");
  }

  /** Rewrites {@code file}'s manifest without {@code field}, as files saved before it existed. */
  private static void removeManifestField(Path file, String field) throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (InputStream in = Files.newInputStream(file); ZipInputStream zip = new ZipInputStream(in)) {
      for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
        entries.put(e.getName(), zip.readAllBytes());
      }
    }
    ObjectNode manifest = (ObjectNode) ModelArchive.JSON.readTree(entries.get("manifest.json"));
    assertTrue(manifest.has(field));
    manifest.remove(field);
    entries.put("manifest.json", ModelArchive.JSON.writeValueAsBytes(manifest));
    try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
      for (var e : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue());
        zip.closeEntry();
      }
    }
  }
}
