package org.anomalyworkbench.core.evaluation;

import java.util.ArrayList;
import java.util.List;

/**
 * Several runs' results on the same rows, side by side: one line of metrics per run, and for
 * each pair how far their flagged sets agree (Jaccard: shared flags over flags of either) and
 * how alike they order the rows (Spearman's rho of the scores). ROC and PR curves come from
 * {@link RocCurve} and {@link PrCurve} of each run, drawn over each other.
 *
 * @param runs one line per run, in the order given
 * @param flagAgreement {@code [i][j]}: Jaccard index of runs i's and j's flagged rows (1 on the
 *     diagonal; 1 when neither flags anything)
 * @param scoreCorrelation {@code [i][j]}: Spearman's rho of the two runs' scores (NaN when one
 *     run gives every row the same score)
 */
public record RunComparison(List<RunLine> runs, double[][] flagAgreement, double[][] scoreCorrelation) {

  /**
   * One run's figures.
   *
   * @param name the run's name
   * @param flagged rows flagged at the run's threshold
   * @param rocAuc ROC-AUC, NaN without labels (or with one class only)
   * @param averagePrecision average precision, NaN likewise
   * @param precision share of flagged rows that are labelled anomalies, NaN without labels or flags
   * @param recall share of labelled anomalies flagged, NaN without labels or anomalies
   */
  public record RunLine(String name, int flagged, double rocAuc, double averagePrecision, double precision,
      double recall) {
  }

  /** One run's input: its name, scores and flags over the shared rows. */
  public record RunResult(String name, double[] scores, boolean[] flags) {
  }

  /**
   * Compares {@code runs} over the same rows.
   *
   * @param labels 0/1 per row, or null when the data has none
   * @throws IllegalArgumentException when the runs do not cover the same number of rows
   */
  public static RunComparison of(List<RunResult> runs, int[] labels) {
    int n = runs.isEmpty() ? 0 : runs.get(0).scores().length;
    for (RunResult r : runs) {
      if (r.scores().length != n || r.flags().length != n || labels != null && labels.length != n) {
        throw new IllegalArgumentException("Runs can only be compared on the same rows: " + r.name() + " has "
            + r.scores().length + " scores where " + n + " were expected.");
      }
    }
    List<RunLine> lines = new ArrayList<>();
    for (RunResult r : runs) {
      lines.add(line(r, labels));
    }
    int m = runs.size();
    double[][] jaccard = new double[m][m];
    double[][] rho = new double[m][m];
    List<double[]> ranks = runs.stream().map(r -> RankCorrelation.ranks(r.scores())).toList();
    for (int i = 0; i < m; i++) {
      for (int j = i; j < m; j++) {
        jaccard[i][j] = jaccard[j][i] = jaccard(runs.get(i).flags(), runs.get(j).flags());
        rho[i][j] = rho[j][i] = RankCorrelation.pearson(ranks.get(i), ranks.get(j));
      }
    }
    return new RunComparison(List.copyOf(lines), jaccard, rho);
  }

  private static RunLine line(RunResult r, int[] labels) {
    int flagged = 0;
    int hits = 0;
    int anomalies = 0;
    for (int i = 0; i < r.flags().length; i++) {
      flagged += r.flags()[i] ? 1 : 0;
      if (labels != null) {
        anomalies += labels[i];
        hits += r.flags()[i] && labels[i] == 1 ? 1 : 0;
      }
    }
    if (labels == null) {
      return new RunLine(r.name(), flagged, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }
    return new RunLine(r.name(), flagged, Metrics.rocAuc(r.scores(), labels),
        Metrics.averagePrecision(r.scores(), labels), flagged == 0 ? Double.NaN : (double) hits / flagged,
        anomalies == 0 ? Double.NaN : (double) hits / anomalies);
  }

  /** |a and b| / |a or b|; 1 when both flag nothing (they agree entirely). */
  static double jaccard(boolean[] a, boolean[] b) {
    int both = 0;
    int either = 0;
    for (int i = 0; i < a.length; i++) {
      both += a[i] && b[i] ? 1 : 0;
      either += a[i] || b[i] ? 1 : 0;
    }
    return either == 0 ? 1 : (double) both / either;
  }
}
