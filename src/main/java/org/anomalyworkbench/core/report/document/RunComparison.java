package org.anomalyworkbench.core.report.document;

import java.util.ArrayList;
import java.util.List;

/**
 * How far several runs on the same data agree on what they flag: for each pair, the rows both
 * flag and the Jaccard index (both / either). Runs on data of different sizes are not paired:
 * their rows are not the same rows.
 *
 * @param runs the runs compared, in report order
 * @param pairs one entry per pair of runs on data of the same size
 */
public record RunComparison(List<RunFacts> runs, List<Pair> pairs) {

  /**
   * The agreement of two runs.
   *
   * @param first index of the first run
   * @param second index of the second run
   * @param both rows both flag
   * @param either rows at least one flags
   */
  public record Pair(int first, int second, int both, int either) {
    /** Both / either; 1 when neither flags anything (they agree on every row). */
    public double jaccard() {
      return either == 0 ? 1.0 : (double) both / either;
    }
  }

  public RunComparison {
    runs = List.copyOf(runs);
    pairs = List.copyOf(pairs);
  }

  /** Pairs every two runs whose data has the same number of rows. */
  public static RunComparison of(List<RunFacts> runs) {
    List<Pair> pairs = new ArrayList<>();
    for (int i = 0; i < runs.size(); i++) {
      for (int j = i + 1; j < runs.size(); j++) {
        boolean[] a = runs.get(i).run().flags();
        boolean[] b = runs.get(j).run().flags();
        if (a.length != b.length) {
          continue;
        }
        int both = 0;
        int either = 0;
        for (int r = 0; r < a.length; r++) {
          both += a[r] && b[r] ? 1 : 0;
          either += a[r] || b[r] ? 1 : 0;
        }
        pairs.add(new Pair(i, j, both, either));
      }
    }
    return new RunComparison(runs, pairs);
  }
}
