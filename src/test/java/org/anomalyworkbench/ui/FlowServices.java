package org.anomalyworkbench.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.anomalyworkbench.ui.task.TaskRunner;
import org.testfx.api.FxRobot;

/** The flow test runs against the real core services; these settings keep the autoencoder quick. */
final class FlowServices {
  static final String DETECTOR = "autoencoder";

  private FlowServices() {
  }

  static Services create(TaskRunner runner) {
    return CoreServices.create(runner, TestServices.freshPreferences());
  }

  /** Types small epoch counts into the generated form. */
  static void configureQuickRun(FxRobot robot) {
    robot.doubleClickOn("#param-epochs").eraseText(6).write("3");
  }

  static void checkExport(List<String> lines) {
    assertTrue(lines.get(0).endsWith("score,rank,flagged,top_features"), lines.get(0));
    assertTrue(lines.get(1).contains(",1,1,"), "rank 1, flagged: " + lines.get(1));
  }

  /** Scrolls the detector list to {@code id}, as a user would, so that its cell can be clicked. */
  @SuppressWarnings("unchecked")
  static void scrollToDetector(FxRobot robot, String id) {
    javafx.scene.control.ListView<org.anomalyworkbench.core.detector.Detector<?>> list =
        robot.lookup("#detectorList").queryAs(javafx.scene.control.ListView.class);
    robot.interact(() -> list.getItems().stream().filter(d -> d.id().equals(id)).findFirst().ifPresent(list::scrollTo));
  }
}
