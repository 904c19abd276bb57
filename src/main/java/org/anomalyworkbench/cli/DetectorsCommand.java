package org.anomalyworkbench.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.anomalyworkbench.core.detector.Detector;
import org.anomalyworkbench.core.detector.registry.DetectorRegistry;
import org.anomalyworkbench.core.detector.ParameterSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code detectors}: lists the detectors and their parameters (from their declarations). */
@Command(name = "detectors", mixinStandardHelpOptions = true,
    description = "List the detectors, or show one detector's parameters.")
final class DetectorsCommand implements Runnable {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "ID", description = "Show this detector's parameters.")
  String id;

  @Override
  public void run() {
    PrintWriter out = spec.commandLine().getOut();
    if (id == null) {
      for (Detector<?> d : DetectorRegistry.all()) {
        out.printf(Locale.ROOT, "%-17s %s%s%n", d.id(), d.displayName(), d.requiresLabels() ? " (needs labels)" : "");
      }
      out.println();
      out.println("Show parameters with: detectors ID");
      return;
    }
    Detector<?> d = DetectorRegistry.byId(id);
    out.println(d.displayName() + " (" + d.id() + ")");
    out.println(d.description());
    out.println();
    for (ParameterSpec p : d.parameters()) {
      String range = Double.isInfinite(p.min()) && Double.isInfinite(p.max()) ? ""
          : String.format(Locale.ROOT, " [%s..%s]", fmt(p.min()), fmt(p.max()));
      String choices = p.choices().isEmpty() ? "" : " " + p.choices();
      out.printf(Locale.ROOT, "  -p %s=%s%s%s%n      %s: %s%n", p.name(), p.defaultValue(), range, choices, p.label(),
          p.description());
    }
  }

  private static String fmt(double v) {
    if (Double.isInfinite(v)) {
      return v > 0 ? "inf" : "-inf";
    }
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }
}
