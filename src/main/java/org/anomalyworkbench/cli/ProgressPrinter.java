package org.anomalyworkbench.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.anomalyworkbench.core.training.TrainingListener;
import org.anomalyworkbench.core.training.TrainingProgress;

/** Prints one line per finished epoch (with the main named losses, if any) and every message; silent between epochs. */
final class ProgressPrinter implements TrainingListener {
  private final PrintWriter out;
  private final boolean quiet;

  ProgressPrinter(PrintWriter out, boolean quiet) {
    this.out = out;
    this.quiet = quiet;
  }

  @Override
  public void onProgress(TrainingProgress p) {
    if (quiet || !p.epochEnd()) {
      return;
    }
    String validation = p.hasValidationLoss() ? String.format(Locale.ROOT, "  validation %.5g", p.validationLoss()) : "";
    // A run with several objectives (a GAN) names them; the main ones are what a reader watches.
    StringBuilder named = new StringBuilder();
    for (TrainingProgress.NamedLoss l : p.namedLosses()) {
      if (!l.auxiliary()) {
        named.append(String.format(Locale.ROOT, "  %s %.5g", l.name(), l.value()));
      }
    }
    out.printf(Locale.ROOT, "  epoch %d/%d  loss %.5g%s%s  %,.0f rows/s%n", p.epoch(), p.totalEpochs(), p.trainLoss(),
        named, validation, p.samplesPerSecond());
    out.flush();
  }

  @Override
  public void onMessage(String message) {
    if (!quiet) {
      out.println("  " + message);
      out.flush();
    }
  }
}
