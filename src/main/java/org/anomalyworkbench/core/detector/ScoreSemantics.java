package org.anomalyworkbench.core.detector;

/**
 * What a detector's score means, so a threshold view can label its axis and pick a range.
 * Scores are always oriented so that higher means more anomalous.
 *
 * @param name short axis label, e.g. "reconstruction error (MSE)"
 * @param description one sentence for tooltips and reports
 * @param minimum lowest possible score ({@code Double.NEGATIVE_INFINITY} if unbounded)
 * @param maximum highest possible score ({@code Double.POSITIVE_INFINITY} if unbounded)
 */
public record ScoreSemantics(String name, String description, double minimum, double maximum) {

  public static ScoreSemantics nonNegative(String name, String description) {
    return new ScoreSemantics(name, description, 0, Double.POSITIVE_INFINITY);
  }
}
