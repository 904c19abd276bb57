package org.anomalyworkbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.anomalyworkbench.core.training.TrainingProgress;
import org.anomalyworkbench.ui.chart.ChartPalette;
import org.anomalyworkbench.ui.data.Sample;
import org.anomalyworkbench.ui.task.FxTaskRunner;
import org.anomalyworkbench.ui.train.TrainingService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Shortcuts, inline validation, theme switching and cancelling a run that never ends by itself. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
  MainViewModel vm;
  MainWindow window;
  volatile int batches;

  /** Emits a batch every millisecond until cancelled: thousands of events for the coalescer. */
  final TrainingService endless = (d, plan, listener, cancel) -> {
    long it = 0;
    while (true) {
      cancel.throwIfCancelled();
      it++;
      batches++;
      listener.onProgress(new TrainingProgress(1, 1, it, 1.0 / it, Double.NaN, 1000, 0.5, false));
      Thread.sleep(1);
    }
  };

  @Start
  void start(Stage stage) {
    vm = new MainViewModel(TestServices.scripted(new FxTaskRunner(), endless));
    window = new MainWindow(vm);
    stage.setScene(new Scene(window.root(), 1200, 760));
    window.applyTheme(Theme.LIGHT);
    stage.show();
  }

  @Test
  void shortcutsSwitchSteps(FxRobot robot) {
    robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT2).release(KeyCode.CONTROL);
    assertEquals(Step.DETECTOR, vm.stepProperty().get());
    robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT4).release(KeyCode.CONTROL);
    assertEquals(Step.RESULTS, vm.stepProperty().get());
    assertTrue(robot.lookup("No results yet").tryQuery().isPresent(), "results empty state");
    robot.clickOn("#step-data");
    assertEquals(Step.DATA, vm.stepProperty().get());
  }

  @Test
  void invalidParameterShowsItsMessageInlineAndDisablesTrain(FxRobot robot) throws Exception {
    robot.interact(() -> vm.openSample(Sample.byId("sensors-small")));
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm.datasetProperty().get() != null);
    robot.clickOn("#step-detector");
    robot.doubleClickOn("#param-epochs").eraseText(4).write("0");
    Label error = robot.lookup("#error-epochs").queryAs(Label.class);
    assertTrue(error.isVisible());
    assertEquals("Parameter 'epochs' must be between 1 and 1000, not 0.", error.getText());
    assertTrue(robot.lookup("#detectorTrain").queryButton().isDisabled());
    robot.eraseText(1).write("5");
    assertFalse(error.isVisible());
    assertFalse(robot.lookup("#detectorTrain").queryButton().isDisabled());
  }

  @Test
  void escCancelsARunningTrainingAndTheUiStaysResponsive(FxRobot robot) throws Exception {
    robot.interact(() -> vm.openSample(Sample.byId("sensors-small")));
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm.datasetProperty().get() != null);
    robot.type(KeyCode.F5);
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> batches > 300);
    assertTrue(vm.train().runningProperty().get());
    // The UI thread still answers: switching steps works mid-run.
    robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT1).release(KeyCode.CONTROL);
    assertEquals(Step.DATA, vm.stepProperty().get());
    robot.type(KeyCode.ESCAPE);
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !vm.train().runningProperty().get());
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals("Cancelled", vm.train().progressTextProperty().get());
    int events = batches;
    int updates = vm.train().revisionProperty().get();
    assertTrue(updates < events / 5, updates + " UI updates for " + events + " events: coalesced");
    assertTrue(vm.train().history().points() > 0);
  }

  @Test
  void darkThemeSwapsStylesheetsAndChartColours(FxRobot robot) {
    robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.D).release(KeyCode.SHIFT, KeyCode.CONTROL);
    assertEquals(Theme.DARK, window.theme());
    assertEquals(ChartPalette.DARK, ChartPalette.current());
    assertTrue(window.root().getScene().getStylesheets().get(1).endsWith("dark.css"));
    assertEquals(Theme.DARK, vm.preferences().theme(), "remembered");
    robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.D).release(KeyCode.SHIFT, KeyCode.CONTROL);
    assertEquals(Theme.LIGHT, window.theme());
  }

  @Test
  void windowIconsLoadAtEverySize() {
    var icons = WorkbenchApp.icons();
    assertEquals(java.util.List.of(16.0, 32.0, 64.0, 256.0), icons.stream().map(javafx.scene.image.Image::getWidth).toList());
    org.junit.jupiter.api.Assertions.assertTrue(icons.stream().noneMatch(javafx.scene.image.Image::isError));
  }
}
