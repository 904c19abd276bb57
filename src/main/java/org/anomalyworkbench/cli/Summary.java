package org.anomalyworkbench.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.anomalyworkbench.core.evaluation.Evaluation;
import org.anomalyworkbench.core.project.ScoredData;
import org.anomalyworkbench.core.scoring.ThresholdChoice;

/** Prints the threshold, the flagged count and, when labels exist, the evaluation. */
final class Summary {
  private Summary() {
  }

  /**
   * @param choice the threshold and the note about ties, printed on its own line when present
   * @param origin where the threshold came from, e.g. "top 5% of the scored rows"
   */
  static void print(PrintWriter out, ScoredData scored, ThresholdChoice choice, String origin) {
    double threshold = choice.value();
    int flagged = scored.sorted().countAtOrAbove(threshold);
    out.printf(Locale.ROOT, "Threshold %.6g (%s): %,d of %,d rows flagged (%.2f%%)%n", threshold, origin,
        flagged, scored.rows(), 100.0 * flagged / Math.max(1, scored.rows()));
    if (choice.hasNote()) {
      out.println("Note: " + choice.note());
    }
    if (scored.hasLabels()) {
      Evaluation e = Evaluation.of(scored.scores().values(), scored.labels(), threshold);
      out.printf(Locale.ROOT, "ROC-AUC %.4f  PR-AUC (average precision) %.4f%n", e.rocAuc(), e.averagePrecision());
      out.printf(Locale.ROOT, "At the threshold: precision %.4f  recall %.4f  F1 %.4f  (TP %d  FP %d  TN %d  FN %d)%n",
          e.precision(), e.recall(), e.f1(), e.confusion().tp(), e.confusion().fp(), e.confusion().tn(),
          e.confusion().fn());
      out.printf(Locale.ROOT, "Precision@%d %.4f%n", e.k(), e.precisionAtK());
    }
  }
}
