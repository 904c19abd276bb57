package org.anomalyworkbench;

import java.util.Locale;
import java.util.Map;
import org.anomalyworkbench.cli.WorkbenchCli;
import org.anomalyworkbench.core.compute.NativeEnvironment;

/**
 * Entry point: opens the window when started without a subcommand (optionally with a data
 * file to open), otherwise runs the command line. Not an {@code Application} subclass, so that
 * {@code java -jar} works with JavaFX on the class path.
 */
public final class Launcher {
  private Launcher() {
  }

  public static void main(String[] args) {
    // OpenMP reads OMP_WAIT_POLICY when ND4J's natives load: set it before anything touches ND4J.
    NativeEnvironment.prepare();
    if (WorkbenchCli.isCommand(args)) {
      System.exit(WorkbenchCli.run(args));
    }
    String noDisplay = missingDisplay(System.getenv(), System.getProperty("os.name", ""),
        System.getProperty("glass.platform"));
    if (noDisplay != null) {
      // Without this, JavaFX fails with a stack trace that does not say what to do.
      System.err.println(noDisplay);
      System.exit(2);
    }
    quietClassPathWarning();
    javafx.application.Application.launch(org.anomalyworkbench.ui.WorkbenchApp.class, args);
  }

  /** Held so that the logger, and the filter on it, are not collected. */
  private static java.util.logging.Logger javafxLogger;

  /**
   * {@code java -jar} (and the installed launcher, which runs the jar) loads JavaFX from the class
   * path, since a manifest cannot name a module path; JavaFX then warns "Unsupported JavaFX
   * configuration: classes were loaded from 'unnamed module…'" at every start. The window works
   * the same either way, so that one line is filtered out of JavaFX's logger; every other JavaFX
   * message still prints. {@code mvn exec:exec} puts JavaFX on the module path instead, where
   * JavaFX does not warn.
   */
  static void quietClassPathWarning() {
    if (javafx.application.Application.class.getModule().isNamed()) {
      return;
    }
    javafxLogger = java.util.logging.Logger.getLogger("javafx");
    java.util.logging.Filter previous = javafxLogger.getFilter();
    javafxLogger.setFilter(r -> !isClassPathWarning(r.getMessage()) && (previous == null || previous.isLoggable(r)));
  }

  static boolean isClassPathWarning(String message) {
    return message != null && message.startsWith("Unsupported JavaFX configuration: classes were loaded from");
  }

  /**
   * Why the window cannot open, with what to do instead, or null when it can: on Linux the
   * window needs an X11 or Wayland display (other systems always have one in a desktop session;
   * a {@code glass.platform} such as Monocle draws without one).
   */
  static String missingDisplay(Map<String, String> env, String osName, String glassPlatform) {
    if (glassPlatform != null || !osName.toLowerCase(Locale.ROOT).contains("linux")
        || !env.getOrDefault("DISPLAY", "").isBlank() || !env.getOrDefault("WAYLAND_DISPLAY", "").isBlank()) {
      return null;
    }
    return "Anomaly Workbench's window needs a display, and none was found (DISPLAY and WAYLAND_DISPLAY are "
        + "not set).\nWithout a screen, use the command line, for example:\n"
        + "  anomaly-workbench train --data data.csv --model model.awm --flagged flagged.csv\n"
        + "Run 'anomaly-workbench --help' to see every command, or log in with a display (e.g. ssh -X) to open "
        + "the window.";
  }
}
