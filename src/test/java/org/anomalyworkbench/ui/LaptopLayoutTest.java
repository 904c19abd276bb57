package org.anomalyworkbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.anomalyworkbench.core.detector.Detector;
import org.anomalyworkbench.ui.chart.ResizableCanvas;
import org.anomalyworkbench.ui.task.FxTaskRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window on a laptop screen (1024 x 700): every view, in the light and the dark theme, is
 * walked and {@link LayoutCheck} must find no label elided without a tooltip, no text cut at the
 * side or on top of another, and no canvas label (ticks, titles, legends) overlapping another or
 * leaving its chart.
 */
@ExtendWith(ApplicationExtension.class)
class LaptopLayoutTest {
  MainViewModel vm;
  MainWindow window;
  Stage stage;
  final List<String> problems = new ArrayList<>();

  @Start
  void start(Stage stage) {
    this.stage = stage;
    vm = new MainViewModel(FlowServices.create(new FxTaskRunner()));
    window = new MainWindow(vm);
    stage.setScene(new Scene(window.root(), 1024, 700));
    window.applyTheme(Theme.LIGHT);
    stage.show();
  }

  @Test
  void everyViewIsReadableAt1024x700(FxRobot robot) throws Exception {
    check("start");
    robot.clickOn("#sampleCard-sensors-small");
    waitFor(() -> vm.datasetProperty().get() != null
        && vm.data().columns().stream().allMatch(c -> c.summaryProperty().get() != null), 60);
    check("data");

    robot.clickOn("#step-detector");
    for (Detector<?> d : new ArrayList<>(vm.detector().detectors())) {
      robot.interact(() -> vm.detector().select(d.id()));
      check("detector " + d.id());
    }
    robot.interact(() -> vm.detector().select(FlowServices.DETECTOR));
    FlowServices.configureQuickRun(robot);
    robot.type(KeyCode.F5);
    waitFor(() -> vm.outcomeProperty().get() != null, 120);
    check("train");

    robot.clickOn("#showResults");
    waitFor(() -> vm.results().projectionProperty().get() != null && vm.results().evaluationProperty().get() != null, 60);
    robot.interact(() -> vm.results().selectFromTable(new int[] {vm.results().records().rowAt(0)}));
    check("results");
    robot.interact(() -> window.shapleyPanel().explain());
    waitFor(() -> vm.shapley().explanationProperty().get() != null, 60);
    check("results, Shapley values");
    TabPane lower = window.resultsView().lowerTabs();
    robot.interact(() -> lower.getSelectionModel().select(1));
    check("evaluation");
    robot.interact(() -> {
      lower.getSelectionModel().select(0);
      vm.results().logScoresProperty().set(true);
      vm.results().logCountsProperty().set(true);
    });
    check("results, log axes");

    // A second run on the same rows: the Runs step, one run selected, then both compared.
    robot.interact(() -> {
      vm.detector().select("zscore");
      vm.startTraining();
    });
    waitFor(() -> vm.project().runs().size() == 2 && !vm.train().runningProperty().get(), 120);
    robot.interact(() -> vm.stepProperty().set(Step.RUNS));
    check("runs");
    robot.interact(() -> window.runsView().table().getSelectionModel().selectAll());
    waitFor(() -> window.runsView().curves().roc() != null, 60);
    check("runs compared");

    // A series: the results gain a time axis and the flagged-events tab.
    robot.interact(() -> vm.openSample(org.anomalyworkbench.ui.data.Sample.byId("server-metrics")));
    waitFor(() -> vm.datasetProperty().get() != null && vm.datasetProperty().get().name().contains("server"), 60);
    robot.interact(() -> {
      vm.detector().select("zscore");
      vm.startTraining();
    });
    waitFor(() -> vm.outcomeProperty().get() != null && !vm.train().runningProperty().get(), 120);
    check("train, no epochs");
    robot.interact(() -> vm.stepProperty().set(Step.RESULTS));
    waitFor(() -> vm.results().projectionProperty().get() != null, 60);
    check("series results");

    // Images: classes and thumbnails in the Data step, the grid and the image detail in Results.
    robot.interact(() -> vm.openSample(org.anomalyworkbench.ui.data.Sample.byId("shapes")));
    waitFor(() -> vm.datasetProperty().get() != null && vm.datasetProperty().get().isImages(), 60);
    waitFor(() -> robot.lookup("#imageData").tryQuery().isPresent(), 30);
    check("image data");
    robot.interact(() -> {
      vm.detector().select("zscore");
      vm.startTraining();
    });
    waitFor(() -> vm.outcomeProperty().get() != null && !vm.train().runningProperty().get(), 120);
    robot.interact(() -> vm.stepProperty().set(Step.RESULTS));
    waitFor(() -> robot.lookup("#imageGrid").tryQuery().isPresent(), 60);
    robot.interact(() -> vm.results().selectFromTable(new int[] {vm.results().records().rowAt(0)}));
    check("image results");

    assertTrue(problems.isEmpty(), problems.size() + " unreadable texts:\n" + String.join("\n", problems));
    // The check saw the charts' labels (it is not vacuous).
    ResizableCanvas histogram = window.resultsView().histogram();
    assertTrue(histogram.drawnText().size() >= 6, histogram.drawnText().toString());
    assertEquals(Step.RESULTS, vm.stepProperty().get());
  }

  /** Checks the view on screen in both themes; problems are collected, so one run lists them all. */
  private void check(String view) throws Exception {
    for (Theme theme : Theme.values()) {
      javafx.application.Platform.runLater(() -> window.applyTheme(theme));
      settle();
      List<String> found = new ArrayList<>();
      WaitForAsyncUtils.asyncFx(() -> found.addAll(LayoutCheck.problems(stage.getScene()))).get(10, TimeUnit.SECONDS);
      for (String p : found) {
        problems.add(view + " (" + theme.name().toLowerCase(java.util.Locale.ROOT) + "): " + p);
      }
    }
    javafx.application.Platform.runLater(() -> window.applyTheme(Theme.LIGHT));
    settle();
  }

  /** Lets layout and the charts' repaints (one pulse later) happen. */
  private static void settle() throws Exception {
    for (int i = 0; i < 3; i++) {
      WaitForAsyncUtils.waitForFxEvents();
      Thread.sleep(60);
    }
  }

  private static void waitFor(Callable<Boolean> condition, int seconds) throws Exception {
    WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
  }
}
