package org.anomalyworkbench.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.anomalyworkbench.core.evaluation.Evaluation;
import org.anomalyworkbench.core.model.ScoredData;
import org.anomalyworkbench.core.scoring.DecisionRule;
import org.anomalyworkbench.core.scoring.ThresholdChoice;

/**
 * Prints the threshold, the smoothing of decisions along a series when there is one, the
 * flagged count and, when labels exist, the evaluation; counts and P/R/F1 follow the decisions
 * after smoothing.
 */
final class Summary {
  private Summary() {
  }

  /**
   * @param choice the threshold and the note about ties, printed on its own line when present
   * @param origin where the threshold came from, e.g. "top 5% of the scored rows"
   */
  static void print(PrintWriter out, ScoredData scored, ThresholdChoice choice, String origin) {
    print(out, scored, choice, origin, AppliedKOfN.fromOption(null));
  }

  /**
   * @param smoothing k of n along the series, applied after the threshold
   * @return the decisions printed, one per row in file order, for the export to agree
   */
  static boolean[] print(PrintWriter out, ScoredData scored, ThresholdChoice choice, String origin,
      AppliedKOfN smoothing) {
    double threshold = choice.value();
    boolean[] flags = scored.flags(new DecisionRule(threshold, smoothing.rule()));
    int flagged = DecisionRule.count(flags);
    out.printf(Locale.ROOT, "Threshold %.6g (%s): %,d of %,d rows flagged (%.2f%%)%n", threshold, origin,
        flagged, scored.rows(), 100.0 * flagged / Math.max(1, scored.rows()));
    if (choice.hasNote()) {
      out.println("Note: " + choice.note());
    }
    if (!smoothing.rule().isOff()) {
      out.printf(Locale.ROOT, "Decisions smoothed: %s must pass the threshold (%s); %,d points pass it alone.%n",
          smoothing.rule().describe(), smoothing.origin(), scored.sorted().countAtOrAbove(threshold));
    }
    if (scored.hasLabels()) {
      Evaluation e = Evaluation.of(scored.scores().values(), scored.labels(), threshold, flags);
      out.printf(Locale.ROOT, "ROC-AUC %.4f  PR-AUC (average precision) %.4f%n", e.rocAuc(), e.averagePrecision());
      out.printf(Locale.ROOT, "At the threshold: precision %.4f  recall %.4f  F1 %.4f  (TP %d  FP %d  TN %d  FN %d)%n",
          e.precision(), e.recall(), e.f1(), e.confusion().tp(), e.confusion().fp(), e.confusion().tn(),
          e.confusion().fn());
      out.printf(Locale.ROOT, "Precision@%d %.4f%n", e.k(), e.precisionAtK());
    }
    return flags;
  }
}
