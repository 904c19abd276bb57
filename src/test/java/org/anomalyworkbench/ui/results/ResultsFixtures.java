package org.anomalyworkbench.ui.results;

import org.anomalyworkbench.core.scoring.SortedScores;
import java.util.List;
import java.util.Map;
import org.anomalyworkbench.core.data.Dataset;
import org.anomalyworkbench.core.data.SyntheticData;
import org.anomalyworkbench.core.detector.Scores;

/** Small scored datasets with hand-checkable scores for results tests. */
final class ResultsFixtures {
  private ResultsFixtures() {
  }

  /** Rows 0..n-1 of a 2-feature dataset with score = row index (contributions 1 : row). */
  static ResultsData linear(int n) {
    return linear(n, 0);
  }

  /** As {@link #linear(int)} with score = row index + {@code first} (all positive when first > 0). */
  static ResultsData linear(int n, double first) {
    Dataset d = SyntheticData.dataset("lin", n, 2, 0.1, 1);
    double[] s = new double[n];
    float[] c = new float[2 * n];
    for (int i = 0; i < n; i++) {
      s[i] = i + first;
      c[2 * i] = 1;
      c[2 * i + 1] = i;
    }
    int[] labels = d.table().intColumn("label").asIntArray();
    return new ResultsData(d, new Scores(s, c, List.of("x1", "x2")), labels, new SortedScores(s), s,
        new double[0], "score", Medians.of(d), null);
  }

  static Map<String, Double> noMedians() {
    return Map.of();
  }
}
