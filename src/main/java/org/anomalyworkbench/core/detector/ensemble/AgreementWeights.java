package org.anomalyworkbench.core.detector.ensemble;

import org.anomalyworkbench.core.evaluation.RankCorrelation;

import java.util.Arrays;
import java.util.List;

/**
 * Member weights from agreement, computed on the training rows without labels: a member's
 * weight is the Spearman correlation (floored at 0) between its ranking of the training rows
 * and the mean ranking of the other members. A member that ranks rows unlike the rest, which on
 * the 17 classic sets is mostly a member failing on that data set (LOF on http, the forest on
 * letter), then counts less. Agreement-weighted z-scores of isolation forest, LOF and density
 * averaged 0.867 ROC-AUC on those sets against 0.864 for their plain mean and 0.853 for the
 * forest alone ({@code src/bench/ensemble_combos.py}).
 */
final class AgreementWeights {
  private AgreementWeights() {
  }

  /** One weight per member (summing to 1); equal weights when no member agrees with the rest. */
  static double[] of(List<double[]> trainingScores) {
    int m = trainingScores.size();
    double[][] ranks = new double[m][];
    for (int i = 0; i < m; i++) {
      ranks[i] = RankCorrelation.ranks(trainingScores.get(i));
    }
    double[] w = new double[m];
    for (int i = 0; i < m; i++) {
      double[] others = new double[ranks[i].length];
      for (int j = 0; j < m; j++) {
        if (j != i) {
          for (int r = 0; r < others.length; r++) {
            others[r] += ranks[j][r] / (m - 1);
          }
        }
      }
      double c = RankCorrelation.pearson(ranks[i], others);
      w[i] = Double.isFinite(c) ? Math.max(0, c) : 0;
    }
    double total = Arrays.stream(w).sum();
    for (int i = 0; i < m; i++) {
      w[i] = total > 0 ? w[i] / total : 1.0 / m;
    }
    return w;
  }
}
