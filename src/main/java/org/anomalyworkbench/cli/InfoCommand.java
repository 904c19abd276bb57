package org.anomalyworkbench.cli;

import org.anomalyworkbench.core.compute.ComputeBackend;
import org.anomalyworkbench.core.pipeline.AppInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** {@code info}: version and the compute backend in use (CPU/GPU and device). */
@Command(name = "info", mixinStandardHelpOptions = true, description = "Show the version and the compute backend (CPU or GPU).")
final class InfoCommand implements Runnable {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    var out = spec.commandLine().getOut();
    out.println("Anomaly Workbench " + AppInfo.version());
    out.println("Backend: " + ComputeBackend.describe().summary());
    AppInfo.libraryVersions().forEach((k, v) -> out.println(k + ": " + v));
  }
}
