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

  /**
   * Of rows {@code from - 1} down to {@code to} (most anomalous first, as score = row index), those
   * the text filter should keep: the 1-based row number equals {@code needle}, or some cell's text
   * contains it (ignoring case).
   */
  static List<Integer> matching(ResultsData data, int from, int to, String needle) {
    List<Integer> out = new java.util.ArrayList<>();
    var t = data.dataset().table();
    for (int r = from - 1; r >= to; r--) {
      boolean hit = Integer.toString(r + 1).equals(needle);
      for (int c = 0; c < t.columnCount() && !hit; c++) {
        hit = t.column(c).getString(r).toLowerCase(java.util.Locale.ROOT).contains(needle);
      }
      if (hit) {
        out.add(r);
      }
    }
    return out;
  }

  static Map<String, Double> noMedians() {
    return Map.of();
  }
}
