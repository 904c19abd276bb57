package org.anomalyworkbench.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.anomalyworkbench.core.scoring.ScoreHistogram;
import org.anomalyworkbench.core.data.ColumnRole;
import org.anomalyworkbench.ui.results.HistogramCanvas;
import org.anomalyworkbench.ui.task.FxTaskRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Clicks through the whole window as an analyst would: sample, roles, detector, training with a
 * live loss chart, threshold drag, histogram bin selection and CSV export.
 */
@ExtendWith(ApplicationExtension.class)
class WorkbenchFlowTest {
  @TempDir
  Path tmp;
  MainViewModel vm;
  MainWindow window;
  final AtomicReference<Path> exportTarget = new AtomicReference<>();

  @Start
  void start(Stage stage) {
    vm = new MainViewModel(FlowServices.create(new FxTaskRunner()));
    window = new MainWindow(vm);
    window.setFileDialogs(new CancellingDialogs() {
      @Override
      public Path chooseCsvToSave(Path initialDirectory, String suggestedName) {
        return exportTarget.get();
      }

      @Override
      public Path chooseModelToSave(Path initialDirectory, String suggestedName) {
        suggestedModelName.set(suggestedName);
        return modelFile.get();
      }

      @Override
      public Path chooseModelToOpen(Path initialDirectory) {
        return modelFile.get();
      }
    });
    Scene scene = new Scene(window.root(), 1240, 760);
    stage.setScene(scene);
    window.applyTheme(Theme.LIGHT);
    stage.show();
  }

  private final AtomicReference<Path> modelFile = new AtomicReference<>();
  private final AtomicReference<String> suggestedModelName = new AtomicReference<>();

  @Test
  void analystFlowFromSampleToExport(FxRobot robot) throws Exception {
    // 1. Open a sample from the empty state.
    robot.clickOn("#sampleCard-sensors-small");
    waitFor(() -> vm.datasetProperty().get() != null);
    assertEquals(2000, vm.datasetProperty().get().rows());

    // 2. Set a role: x8 becomes ignored.
    robot.clickOn("#role-x8");
    robot.clickOn("Ignored");
    waitFor(() -> vm.datasetProperty().get().schema().column("x8").get().role() == ColumnRole.IGNORED);
    assertEquals(7, vm.datasetProperty().get().schema().features().size());

    // 3. Pick the autoencoder and make it quick.
    robot.clickOn("#step-detector");
    FlowServices.scrollToDetector(robot, FlowServices.DETECTOR);
    robot.clickOn("#detector-" + FlowServices.DETECTOR);
    assertEquals(FlowServices.DETECTOR, vm.detector().selectedProperty().get().id());
    FlowServices.configureQuickRun(robot);
    assertTrue(vm.detector().validProperty().get(), vm.detector().firstError());

    // 4. Train (F5) and see loss points arrive while it runs.
    robot.type(KeyCode.F5);
    waitFor(() -> vm.train().history().points() > 0);
    waitFor(() -> vm.outcomeProperty().get() != null, 120);
    assertTrue(vm.train().history().epochs() >= 1);
    assertTrue(vm.train().provenance().size() > 5, "provenance shown");
    assertEquals(Step.TRAIN, vm.stepProperty().get());

    // 5. Results: drag the threshold line left and watch the flagged count grow.
    robot.clickOn("#showResults");
    assertEquals(Step.RESULTS, vm.stepProperty().get());
    HistogramCanvas hist = robot.lookup("#histogram").queryAs(HistogramCanvas.class);
    waitFor(() -> !Double.isNaN(hist.thresholdPixel()));
    // The Results view is built on first show, after the results arrived: it starts from them.
    assertTrue(robot.lookup("#recordsTable").queryAs(TableView.class).getColumns().size() > 2, "record columns");
    assertEquals(org.anomalyworkbench.ui.common.Format.score(vm.results().getThreshold()),
        robot.lookup("#thresholdField").queryAs(javafx.scene.control.TextField.class).getText());
    Label flagged = robot.lookup("#flaggedLabel").queryAs(Label.class);
    String before = flagged.getText();
    int countBefore = vm.results().flaggedCountProperty().get();
    Point2D line = hist.localToScreen(hist.thresholdPixel(), hist.getHeight() / 2);
    robot.drag(line, MouseButton.PRIMARY).moveBy(-25, 0).drop();
    WaitForAsyncUtils.waitForFxEvents();
    int countAfter = vm.results().flaggedCountProperty().get();
    assertTrue(countAfter > countBefore, countBefore + " -> " + countAfter);
    assertNotEquals(before, flagged.getText());
    TableView<?> table = robot.lookup("#recordsTable").queryAs(TableView.class);
    assertEquals(countAfter, table.getItems().size(), "table lists the flagged rows");

    // 6. Click a histogram bar: the table shows exactly that bin's rows.
    ScoreHistogram h = vm.results().histogramProperty().get();
    int bin = fullestBinAwayFrom(h, hist);
    double[] c = hist.binCenter(bin);
    robot.clickOn(hist.localToScreen(c[0], c[1]));
    WaitForAsyncUtils.waitForFxEvents();
    assertNotNull(vm.results().filterProperty().get());
    assertEquals(h.count(bin), table.getItems().size());
    assertTrue(robot.lookup("#selectionLabel").queryAs(Label.class).isVisible());
    robot.clickOn("#clearSelection");
    assertEquals(countAfter, table.getItems().size());

    // 7. Export (Ctrl+E) and read the file back.
    Path out = tmp.resolve("flagged.csv");
    exportTarget.set(out);
    robot.press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
    waitFor(() -> Files.exists(out) && vm.statusProperty().get().startsWith("Exported"));
    List<String> lines = Files.readAllLines(out);
    assertEquals(countAfter + 1, lines.size(), "header + one line per flagged row");
    FlowServices.checkExport(lines);

    // 8. Save the model (Ctrl+S), then score the same data with the saved file (Ctrl+Shift+O):
    //    the same scores come back, as from the command line's 'score'.
    Path model = tmp.resolve("sensors.awm");
    modelFile.set(model);
    double[] trainedScores = vm.results().getData().scores().values().clone();
    robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
    waitFor(() -> Files.exists(model) && vm.statusProperty().get().startsWith("Saved"));
    assertEquals("sensors-small-" + FlowServices.DETECTOR + ".awm", suggestedModelName.get());
    robot.clickOn("#step-data");
    robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.O).release(KeyCode.SHIFT, KeyCode.CONTROL);
    waitFor(() -> vm.statusProperty().get().startsWith("Scored"), 60);
    assertEquals(Step.RESULTS, vm.stepProperty().get());
    assertArrayEquals(trainedScores, vm.results().getData().scores().values(), 1e-9);

    // 9. A model file dropped on the window scores the data too (a CSV would open as data).
    robot.clickOn("#step-data");
    robot.interact(() -> window.openDropped(model));
    waitFor(() -> vm.stepProperty().get() == Step.RESULTS, 60);
    assertTrue(vm.statusProperty().get().startsWith("Scored"), vm.statusProperty().get());

    // 10. Ctrl+Z: the threshold drags belonged to results since replaced, so Undo goes back to the
    //     role edit of step 2.
    robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
    waitFor(() -> vm.datasetProperty().get().schema().column("x8").get().role() == ColumnRole.FEATURE);
    assertEquals(Step.DATA, vm.stepProperty().get());
  }

  /** The bin with most rows whose bar is not under the threshold line (a press there grabs the line). */
  static int fullestBinAwayFrom(ScoreHistogram h, HistogramCanvas canvas) {
    int best = -1;
    for (int b = 0; b < h.bins(); b++) {
      boolean nearLine = Math.abs(canvas.binCenter(b)[0] - canvas.thresholdPixel()) < 12;
      if (!nearLine && (best < 0 || h.count(b) > h.count(best))) {
        best = b;
      }
    }
    return best;
  }

  static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
    waitFor(condition, 20);
  }

  static void waitFor(java.util.concurrent.Callable<Boolean> condition, int seconds) throws Exception {
    WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
    WaitForAsyncUtils.waitForFxEvents();
  }
}
