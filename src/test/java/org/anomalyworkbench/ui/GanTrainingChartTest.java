package org.anomalyworkbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.anomalyworkbench.ui.detector.ParameterField;
import org.anomalyworkbench.ui.task.FxTaskRunner;
import org.anomalyworkbench.ui.train.LossChart;
import org.anomalyworkbench.ui.train.LossHistory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The GAN in the real window: while it trains, the loss chart draws the generator's and the
 * discriminator's losses as two curves (plus the generator's terms), and Esc stops it cleanly.
 */
@ExtendWith(ApplicationExtension.class)
class GanTrainingChartTest {
  MainViewModel vm;

  @Start
  void start(Stage stage) {
    vm = new MainViewModel(FlowServices.create(new FxTaskRunner()));
    MainWindow window = new MainWindow(vm);
    stage.setScene(new Scene(window.root(), 1240, 760));
    window.applyTheme(Theme.LIGHT);
    stage.show();
  }

  @Test
  void bothLossCurvesAppearWhileTheGanTrainsAndEscStopsIt(FxRobot robot) throws Exception {
    robot.clickOn("#sampleCard-sensors-small");
    waitFor(() -> vm.datasetProperty().get() != null);
    robot.clickOn("#step-detector");
    // The picker is a virtualised list; the GAN may be below its visible cells.
    robot.interact(() -> vm.detector().select("gan"));
    assertEquals("gan", vm.detector().selectedProperty().get().id());
    // Long enough that the run is still going when the curves are checked.
    robot.interact(() -> {
      for (ParameterField f : vm.detector().fields()) {
        if (f.spec().name().equals("epochs")) {
          f.textProperty().set("5000");
        }
      }
    });
    assertTrue(vm.detector().validProperty().get(), vm.detector().firstError());

    robot.type(KeyCode.F5);
    LossChart chart = robot.lookup("#lossChart").queryAs(LossChart.class);
    waitFor(() -> vm.train().history().namedSeries().stream().allMatch(s -> s.points() > 20)
        && vm.train().history().namedSeries().size() == 5);
    robot.interact(chart::redrawNow);
    assertTrue(vm.train().runningProperty().get(), "still training while the curves are checked");
    List<String> drawn = chart.drawnSeries();
    assertTrue(drawn.contains("generator loss") && drawn.contains("discriminator loss"), "drawn: " + drawn);
    List<String> names = vm.train().history().namedSeries().stream().map(LossHistory.Series::name).toList();
    assertEquals(List.of("generator", "discriminator", "adversarial", "reconstruction", "latent"), names);

    robot.type(KeyCode.ESCAPE);
    waitFor(() -> !vm.train().runningProperty().get());
    assertTrue(vm.train().failedProperty().get());
    assertEquals("Cancelled", vm.train().progressTextProperty().get());
  }

  private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
    WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, condition);
    WaitForAsyncUtils.waitForFxEvents();
  }
}
