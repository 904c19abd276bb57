package org.anomalyworkbench;

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
    javafx.application.Application.launch(org.anomalyworkbench.ui.WorkbenchApp.class, args);
  }
}
