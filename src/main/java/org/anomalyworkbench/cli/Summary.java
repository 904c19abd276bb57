package org.anomalyworkbench.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.anomalyworkbench.core.evaluation.Evaluation;
import org.anomalyworkbench.core.project.ScoredData;
import org.anomalyworkbench.core.scoring.ThresholdPolicy;

/** Prints the threshold, the flagged count and, when labels exist, the evaluation. */
final class Summary {
  private Summary() {
  }

  static void print(PrintWriter out, ScoredData scored, double threshold, ThresholdPolicy policy) {
    int flagged = scored.sorted().countAtOrAbove(threshold);
    out.printf(Locale.ROOT, "Threshold %.6g (%s): %,d of %,d rows flagged (%.2f%%)%n", threshold, policy.describe(),
        flagged, scored.rows(), 100.0 * flagged / Math.max(1, scored.rows()));
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
