package org.anomalyworkbench.core.benchmark;

/**
 * One detector on one dataset: the columns of {@code bench}'s CSV.
 *
 * @param dataset file name without extension
 * @param detector detector id
 * @param rows data rows
 * @param features feature columns (before encoding)
 * @param rocAuc ROC-AUC of the scores against the label column
 * @param prAuc average precision
 * @param fitSeconds preparation + training wall time
 * @param scoreSeconds wall time to score every row
 */
public record BenchmarkRow(String dataset, String detector, int rows, int features, double rocAuc, double prAuc,
    double fitSeconds, double scoreSeconds) {

  /** The CSV header, in column order. */
  public static final String HEADER = "dataset,detector,rows,features,roc_auc,pr_auc,fit_seconds,score_seconds";

  public String toCsv() {
    return String.format(java.util.Locale.ROOT, "%s,%s,%d,%d,%.4f,%.4f,%.3f,%.3f", dataset, detector, rows, features,
        rocAuc, prAuc, fitSeconds, scoreSeconds);
  }
}
