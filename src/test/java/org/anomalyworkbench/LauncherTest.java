package org.anomalyworkbench;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 11: starting the window without a display says so and how to use the command line. */
class LauncherTest {
  @Test
  void noDisplayOnLinuxExplainsTheCommandLine() {
    String message = Launcher.missingDisplay(Map.of(), "Linux", null);
    assertTrue(message.startsWith("Anomaly Workbench's window needs a display, and none was found"), message);
    assertTrue(message.contains("anomaly-workbench train --data data.csv --model model.awm"), message);
    assertTrue(message.contains("anomaly-workbench --help"), message);
  }

  @Test
  void aDisplayOrAnotherSystemOpensTheWindow() {
    assertNull(Launcher.missingDisplay(Map.of("DISPLAY", ":0"), "Linux", null));
    assertNull(Launcher.missingDisplay(Map.of("WAYLAND_DISPLAY", "wayland-0"), "Linux", null));
    assertNull(Launcher.missingDisplay(Map.of(), "Mac OS X", null));
    assertNull(Launcher.missingDisplay(Map.of(), "Linux", "Monocle"));
  }

  @Test
  void onlyJavaFxsClassPathWarningIsFiltered() {
    assertTrue(Launcher.isClassPathWarning(
        "Unsupported JavaFX configuration: classes were loaded from 'unnamed module @3d0f8e03'"));
    assertTrue(!Launcher.isClassPathWarning("Loading FXML document with JavaFX API of version 21 by JavaFX runtime of version 17"));
    assertTrue(!Launcher.isClassPathWarning(null));
  }
}
