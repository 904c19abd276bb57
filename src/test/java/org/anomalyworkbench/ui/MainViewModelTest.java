package org.anomalyworkbench.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.anomalyworkbench.core.data.ColumnRole;
import org.anomalyworkbench.core.data.SyntheticData;
import org.anomalyworkbench.core.data.csv.CsvImportOptions;
import org.anomalyworkbench.core.data.csv.CsvImporter;
import org.anomalyworkbench.core.model.ModelScorer;
import org.anomalyworkbench.core.model.ModelStore;
import org.anomalyworkbench.core.model.ScoredData;
import org.anomalyworkbench.core.model.TrainedModel;
import org.anomalyworkbench.core.training.CancellationToken;
import org.anomalyworkbench.ui.results.ResultsData;
import org.anomalyworkbench.ui.data.Sample;
import org.anomalyworkbench.ui.task.DirectTaskRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainViewModelTest {
  @TempDir
  Path tmp;

  MainViewModel vm = new MainViewModel(TestServices.scripted(new DirectTaskRunner(), new ScriptedTraining(2, 5)));

  @Test
  void trainingWithoutDataSendsTheUserToTheDataStep() {
    vm.stepProperty().set(Step.RESULTS);
    assertFalse(vm.startTraining());
    assertEquals(Step.DATA, vm.stepProperty().get());
    assertEquals("Load a dataset first (Data step).", vm.statusProperty().get());
  }

  @Test
  void sampleTrainExportAndStaleResults() throws Exception {
    vm.openSample(Sample.byId("sensors-small"));
    assertNotNull(vm.datasetProperty().get());
    assertTrue(vm.startTraining());
    assertEquals(Step.TRAIN, vm.stepProperty().get());
    assertNotNull(vm.outcomeProperty().get());
    assertNotNull(vm.results().getData());
    assertNotNull(vm.results().projectionProperty().get(), "projection computed after training");
    assertEquals(100, vm.results().flaggedCountProperty().get(), "5% of 2,000");
    assertTrue(vm.statusProperty().get().contains("100 of 2,000 rows flagged"));

    Path out = tmp.resolve("f.csv");
    AtomicReference<String> msg = new AtomicReference<>();
    vm.exportFlagged(out, msg::set);
    assertEquals(101, Files.readAllLines(out).size());
    assertTrue(msg.get().startsWith("Exported 100 flagged rows"));

    vm.data().setRole("x1", ColumnRole.IGNORED);
    assertTrue(vm.resultsStaleProperty().get());
    assertTrue(vm.results().noticeProperty().get().contains("train again"));
    assertNotNull(vm.results().getData(), "old results stay visible");
    vm.openSample(Sample.byId("sensors-small"));
    assertNull(vm.results().getData(), "a new table clears the results");
    assertFalse(vm.resultsStaleProperty().get());
  }

  @Test
  void exportFailureSaysWhatToDo() {
    vm.openSample(Sample.byId("sensors-small"));
    vm.startTraining();
    AtomicReference<String> msg = new AtomicReference<>();
    vm.exportFlagged(tmp.resolve("missing-dir").resolve("f.csv"), msg::set);
    assertTrue(msg.get().startsWith("Could not write"), msg.get());
    assertTrue(msg.get().endsWith("Choose another folder or file name."));
  }

  @Test
  void failedImportReachesTheStatusLine() {
    vm.openFile(tmp.resolve("nope.csv"));
    assertTrue(vm.statusProperty().get().contains("nope.csv"), vm.statusProperty().get());
    assertNull(vm.activeJobProperty().get());
  }

  @Test
  void savedModelsScoreTheDataOnScreenAsTheCoreScorerDoes() throws Exception {
    // The real services: the pipeline trains a small autoencoder, StoredModels writes a real .awm
    // file, and scoring other data goes through ModelStore and ModelScorer.
    MainViewModel real = new MainViewModel(CoreServices.create(new DirectTaskRunner(), TestServices.freshPreferences()));
    AtomicReference<String> msg = new AtomicReference<>();
    real.saveModel(tmp.resolve("none.awm"), msg::set);
    assertEquals("Nothing to save yet: train a detector first (F5).", msg.get());
    assertFalse(real.canSaveModel().get());

    Path model = tmp.resolve("m.awm");
    real.scoreWithModel(model);
    assertEquals(Step.DATA, real.stepProperty().get(), "no data: sent to the data step");
    assertTrue(real.statusProperty().get().startsWith("Open the data to score first"));

    real.openSample(Sample.byId("sensors-small"));
    assertTrue(real.detector().select("autoencoder"));
    for (var field : real.detector().fields()) {
      switch (field.spec().name()) {
        case "epochs" -> field.textProperty().set("2");
        case "minSteps" -> field.textProperty().set("0");
        default -> { }
      }
    }
    assertTrue(real.startTraining());
    assertTrue(real.canSaveModel().get(), real.statusProperty().get());
    real.saveModel(model, msg::set);
    assertTrue(Files.exists(model));
    assertTrue(msg.get().startsWith("Saved the autoencoder model to " + model), msg.get());

    // Other rows of the same process (same seed, fewer rows: the draws part after the first 25
    // anomalies), opened as a file: the scores shown must be this data's, not the training rows'.
    Path csv = tmp.resolve("other.csv");
    SyntheticData.dataset("other", 500, 8, 0.05, 7).table().write().csv(csv.toFile());
    real.openFile(csv);
    assertEquals(500, real.datasetProperty().get().rows(), real.statusProperty().get());

    real.scoreWithModel(tmp.resolve("other.csv"));
    assertTrue(real.statusProperty().get().startsWith("Could not score with "), real.statusProperty().get());

    real.stepProperty().set(Step.DATA);
    real.scoreWithModel(model);
    assertEquals(Step.RESULTS, real.stepProperty().get(), real.statusProperty().get());
    TrainedModel saved = ModelStore.load(model);
    ScoredData expected = ModelScorer.score(saved, CsvImporter.read(csv, CsvImportOptions.defaults()),
        CancellationToken.none());
    ResultsData shown = real.results().getData();
    assertEquals(500, shown.rows());
    assertArrayEquals(expected.scores().values(), shown.scores().values(), 0.0, "the core scorer's scores");
    assertArrayEquals(expected.scores().contributions(), shown.scores().contributions(), 0f);
    double threshold = saved.savedThreshold(expected).value();
    assertEquals(saved.thresholdValue(), threshold, 0.0);
    assertEquals(threshold, real.results().getThreshold(), 0.0, "flagged with the number saved in training");
    long flagged = java.util.Arrays.stream(expected.scores().values()).filter(v -> v >= threshold).count();
    assertTrue(flagged > 0 && flagged < 500, "flagged " + flagged);
    assertEquals(flagged, real.results().flaggedCountProperty().get());
    // The status line counts at the saved threshold (it said 25, the re-resolved 5%, while 24 were flagged).
    assertTrue(real.statusProperty().get().contains("with the autoencoder model m.awm: " + flagged + " of 500 rows"),
        real.statusProperty().get());
    assertNull(real.activeJobProperty().get());
  }

  @Test
  void aFileThatWasNeverSavedFailsLikeADamagedModel() {
    vm.openSample(Sample.byId("sensors-small"));
    assertTrue(vm.startTraining());
    vm.scoreWithModel(tmp.resolve("other.awm"));
    assertTrue(vm.statusProperty().get().startsWith("Could not score with "), vm.statusProperty().get());
    assertTrue(vm.statusProperty().get().contains("is not an Anomaly Workbench model"));
  }

  @Test
  void undoPutsBackRolesAndThresholdsInTurn() {
    vm.openSample(Sample.byId("sensors-small"));
    vm.data().setRole("x1", ColumnRole.IGNORED);
    assertEquals("role of x1 (Ignored → Feature)", vm.undoDescriptionProperty().get());
    assertTrue(vm.startTraining());
    double trained = vm.results().getThreshold();

    vm.results().setThresholdText("2.5");
    vm.results().beginThresholdDrag();
    vm.results().thresholdProperty().set(3.0);
    vm.results().thresholdProperty().set(3.5); // one drag, many values: one undo step
    vm.results().endThresholdDrag();
    assertEquals("threshold 3.5 → 2.5", vm.undoDescriptionProperty().get());

    vm.undo();
    assertEquals(2.5, vm.results().getThreshold(), 0.0);
    vm.undo();
    assertEquals(trained, vm.results().getThreshold(), 0.0);
    assertEquals(org.anomalyworkbench.ui.results.ThresholdStrategy.CONTAMINATION, vm.results().strategyProperty().get(),
        "the rule that set it comes back too");
    assertEquals(Step.RESULTS, vm.stepProperty().get());

    vm.undo();
    assertEquals("Undid: role of x1 (Ignored → Feature).", vm.statusProperty().get());
    assertEquals(ColumnRole.FEATURE, vm.datasetProperty().get().schema().column("x1").get().role());
    assertEquals(Step.DATA, vm.stepProperty().get());
    assertEquals("Undid: role of x1 (Ignored → Feature).", vm.statusProperty().get());
    vm.undo();
    assertEquals("Nothing to undo.", vm.statusProperty().get());
  }

  @Test
  void thresholdEditsOfAReplacedResultAreNotUndone() {
    vm.openSample(Sample.byId("sensors-small"));
    assertTrue(vm.startTraining());
    vm.results().setThresholdText("2.5");
    assertEquals("threshold 2.5 → " + org.anomalyworkbench.ui.common.Format.score(
        vm.results().getData().ranked().scoreAt(99)), vm.undoDescriptionProperty().get().replaceAll("\\s+$", ""));
    assertTrue(vm.startTraining()); // a new result replaces the one the edit was made on
    assertEquals("", vm.undoDescriptionProperty().get());
  }

  @Test
  void theFlaggedCountInTheStatusLineFollowsTheThreshold() {
    vm.openSample(Sample.byId("sensors-small"));
    assertTrue(vm.startTraining());
    assertTrue(vm.statusProperty().get().contains("100 of 2,000 rows flagged"), vm.statusProperty().get());
    double fiftieth = vm.results().getData().ranked().scoreAt(49);
    vm.results().thresholdProperty().set(fiftieth);
    int now = vm.results().flaggedCountProperty().get();
    assertTrue(vm.statusProperty().get().contains(now + " of 2,000 rows flagged"), vm.statusProperty().get());
    assertTrue(vm.statusProperty().get().startsWith("Trained autoencoder:"), vm.statusProperty().get());

    // Once something else was said, a threshold move does not bring the count back.
    vm.undo();
    String undone = vm.statusProperty().get();
    vm.results().thresholdProperty().set(vm.results().getData().ranked().scoreAt(9));
    assertEquals(undone, vm.statusProperty().get());
  }

  @Test
  void undoPutsBackTheRuleThatMadeTheThresholdNotTheOneTheBoxShows() {
    vm.openSample(Sample.byId("sensors-small"));
    assertTrue(vm.startTraining());
    double top5 = vm.results().getThreshold();
    var r = vm.results();
    // The user picks another rule in the box, then applies it.
    r.strategyProperty().set(org.anomalyworkbench.ui.results.ThresholdStrategy.MEAN_K_SD);
    assertTrue(r.applyStrategy());
    vm.undo();
    assertEquals(top5, r.getThreshold(), 0.0);
    assertEquals(org.anomalyworkbench.ui.results.ThresholdStrategy.CONTAMINATION, r.strategyProperty().get());
    assertEquals("5", r.strategyParameterProperty().get());
  }

  @Test
  void aCancelledTrainingEndsTheCancellingLine() {
    var runner = new org.anomalyworkbench.ui.task.DeferredTaskRunner();
    MainViewModel deferred = new MainViewModel(TestServices.scripted(runner, new ScriptedTraining(2, 5)));
    deferred.openSample(Sample.byId("sensors-small"));
    runner.runPending();
    assertTrue(deferred.startTraining());
    deferred.cancelActiveJob();
    assertTrue(deferred.statusProperty().get().startsWith("Cancelling"), deferred.statusProperty().get());
    runner.runPending();
    assertFalse(deferred.statusProperty().get().startsWith("Cancelling"), deferred.statusProperty().get());
    assertTrue(deferred.statusProperty().get().toLowerCase(java.util.Locale.ROOT).contains("cancelled"),
        deferred.statusProperty().get());
    assertNull(deferred.activeJobProperty().get());
  }

  @Test
  void aFailedOpenReplacesTheOpeningLineWhenTheErrorArrivesAfterTheJobStopped() {
    var runner = new org.anomalyworkbench.ui.task.DeferredTaskRunner();
    MainViewModel deferred = new MainViewModel(TestServices.scripted(runner, new ScriptedTraining(2, 5)));
    deferred.openFile(tmp.resolve("0000.png"));
    assertEquals("Opening 0000.png…", deferred.statusProperty().get());
    runner.runPending(); // the job stops running first, then reports the error (as FxTaskRunner does)
    assertEquals(deferred.data().importErrorProperty().get(), deferred.statusProperty().get());
    assertTrue(deferred.statusProperty().get().contains("0000.png"), deferred.statusProperty().get());
  }

  @Test
  void aModelGivenWithoutDataAsksForDataAndScoresTheNextDataOpened() throws Exception {
    // Issue 16: a double-clicked .awm starts the window with it. The same services for both view
    // models, so the second one can score with the model the first one saved.
    Services services = TestServices.scripted(new DirectTaskRunner(), new ScriptedTraining(2, 5));
    MainViewModel trainer = new MainViewModel(services);
    trainer.openSample(Sample.byId("sensors-small"));
    assertTrue(trainer.startTraining());
    Path model = tmp.resolve("m.awm");
    trainer.saveModel(model, msg -> { });

    MainViewModel started = new MainViewModel(services);
    started.scoreWhenDataOpens(model);
    assertEquals(Step.DATA, started.stepProperty().get());
    assertTrue(started.statusProperty().get().startsWith("Open the data to score with the model m.awm"),
        started.statusProperty().get());
    assertNull(started.results().getData(), "nothing scored without data");

    started.openSample(Sample.byId("sensors-small"));
    assertEquals(Step.RESULTS, started.stepProperty().get(), started.statusProperty().get());
    assertNotNull(started.results().getData());
    assertTrue(started.statusProperty().get().startsWith("Scored sensors-small with the "), started.statusProperty().get());

    started.openSample(Sample.byId("sensors-small"));
    assertEquals(Step.DATA, started.stepProperty().get(), "the model scores the first data opened only");
    assertNull(started.results().getData());
  }
}
