package org.anomalyworkbench.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.anomalyworkbench.ui.task.TaskRunner;
import org.testfx.api.FxRobot;

/** The services the flow test runs against, and the detector settings that keep it quick. */
final class FlowServices {
  static final String DETECTOR = "autoencoder";

  private FlowServices() {
  }

  static Services create(TaskRunner runner) {
    return TestServices.scripted(runner, new ScriptedTraining(3, 30));
  }

  /** Types small epoch counts into the generated form. */
  static void configureQuickRun(FxRobot robot) {
    robot.doubleClickOn("#param-epochs").eraseText(4).write("3");
  }

  static void checkExport(List<String> lines) {
    assertTrue(lines.get(0).startsWith("row,score"), lines.get(0));
  }
}
