package org.anomalyworkbench.core.scoring;

/**
 * What a {@link ThresholdPolicy} may look at to turn itself into a number. Every part is
 * optional; a policy that needs a missing part says so with an {@link IllegalStateException}.
 * Arrays are not copied and must not be modified.
 *
 * @param trainingScores scores of the training rows (for mean + k·sd), or {@code null}
 * @param scores the scores being judged (for contamination and best F1), or {@code null}
 * @param labels 0/1 labels of {@code scores} (1 = anomaly), or {@code null}
 * @param normalValidationScores scores of held-out rows believed normal, or {@code null}
 * @param sorted {@code scores} already sorted, to skip sorting them again, or {@code null}
 */
public record ThresholdContext(
    double[] trainingScores,
    double[] scores,
    int[] labels,
    double[] normalValidationScores,
    SortedScores sorted) {

  public ThresholdContext {
    if (labels != null && scores != null && labels.length != scores.length) {
      throw new IllegalArgumentException("labels has " + labels.length + " rows but scores has " + scores.length);
    }
    if (sorted != null && scores != null && sorted.size() != scores.length) {
      throw new IllegalArgumentException("sorted scores have " + sorted.size() + " rows but scores has "
          + scores.length);
    }
  }

  /** A context without pre-sorted scores. */
  public ThresholdContext(double[] trainingScores, double[] scores, int[] labels, double[] normalValidationScores) {
    this(trainingScores, scores, labels, normalValidationScores, null);
  }

  /** Only the scores being judged (enough for fixed and contamination thresholds). */
  public static ThresholdContext ofScores(double[] scores) {
    return new ThresholdContext(null, scores, null, null, null);
  }

  /** The judged scores sorted: {@link #sorted()} when given, else sorted now. */
  SortedScores sortedScores() {
    return sorted != null ? sorted : new SortedScores(scores);
  }
}
