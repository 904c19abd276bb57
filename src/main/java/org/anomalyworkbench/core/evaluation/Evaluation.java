package org.anomalyworkbench.core.evaluation;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything about one scoring judged against 0/1 labels at one threshold (flagged iff
 * {@code score >= threshold}). Undefined values are NaN and {@link #notes()} says why, so a
 * view can show a dash with a tooltip instead of failing.
 *
 * @param threshold the threshold judged
 * @param confusion counts at the threshold
 * @param rocAuc ROC-AUC (threshold-free)
 * @param averagePrecision average precision, i.e. PR-AUC (threshold-free)
 * @param k the k of {@link #precisionAtK}: the number of anomalies
 * @param precisionAtK fraction of anomalies among the k highest-scoring rows
 * @param notes why any value is NaN, in plain words; empty when all are defined
 */
public record Evaluation(
    double threshold,
    ConfusionMatrix confusion,
    double rocAuc,
    double averagePrecision,
    int k,
    double precisionAtK,
    List<String> notes) {

  public Evaluation {
    notes = List.copyOf(notes);
  }

  /**
   * Judges {@code scores} against {@code labels} at {@code threshold}; O(n log n).
   *
   * @throws IllegalArgumentException if lengths differ or a label is not 0/1
   */
  public static Evaluation of(double[] scores, int[] labels, double threshold) {
    return of(scores, labels, threshold, ConfusionMatrix.at(scores, labels, threshold));
  }

  /**
   * As {@link #of(double[], int[], double)}, with the counts of {@code flags}: decisions that
   * are not simply {@code score >= threshold} (smoothed along time). AUCs stay threshold-free.
   */
  public static Evaluation of(double[] scores, int[] labels, double threshold, boolean[] flags) {
    Ranking.checkLabels(scores, labels);
    return of(scores, labels, threshold, ConfusionMatrix.of(flags, labels));
  }

  private static Evaluation of(double[] scores, int[] labels, double threshold, ConfusionMatrix cm) {
    Ranking r = Ranking.of(scores, labels);
    List<String> notes = new ArrayList<>();
    Metrics.undefinedReason(labels).ifPresent(notes::add);
    if (cm.flagged() == 0 && scores.length > 0) {
      notes.add("No row is flagged at the threshold: precision is undefined.");
    }
    return new Evaluation(threshold, cm, Metrics.rocAuc(r), Metrics.averagePrecision(r), r.positives,
        Metrics.precisionAtK(r, r.positives), notes);
  }

  /** TP / flagged at the threshold. */
  public double precision() {
    return confusion.precision();
  }

  /** TP / anomalies at the threshold. */
  public double recall() {
    return confusion.recall();
  }

  /** Harmonic mean of precision and recall at the threshold. */
  public double f1() {
    return confusion.f1();
  }

  /** Rows labelled 1. */
  public int positives() {
    return confusion.positives();
  }

  /** Rows labelled 0. */
  public int negatives() {
    return confusion.negatives();
  }
}
