package org.anomalyworkbench.ui.results;

/**
 * The threshold strategies the results toolbar offers, each with the one parameter the user can
 * set. Resolution to a number is done by core's threshold policies; this enum only carries what
 * the form needs (label, parameter name, default, bounds, help).
 */
public enum ThresholdStrategy {
  FIXED("Fixed value", null, Double.NaN, 0, 0, "Flag rows whose score is at or above the value you type or drag."),
  MEAN_K_SD("Mean + k·sd", "k", 3, 0, 100,
      "Mean of the training scores plus k standard deviations. k = 3 flags about 0.1–1% of normal rows."),
  CONTAMINATION("Top % (contamination)", "%", 5, 0.001, 100,
      "Flag the given percentage of rows with the highest scores."),
  BEST_F1("Best F1 (uses labels)", null, Double.NaN, 0, 0,
      "The threshold that maximises F1 against the label column. Needs labels."),
  NORMAL_QUANTILE("Quantile of normal validation scores", "q", 0.99, 0.5, 1,
      "Flag rows scoring above this quantile of the held-out rows believed normal.");

  private final String label;
  private final String parameter;
  private final double defaultValue;
  private final double min;
  private final double max;
  private final String help;

  ThresholdStrategy(String label, String parameter, double defaultValue, double min, double max, String help) {
    this.label = label;
    this.parameter = parameter;
    this.defaultValue = defaultValue;
    this.min = min;
    this.max = max;
    this.help = help;
  }

  public String label() {
    return label;
  }

  /** Name of the strategy's parameter, or null when it has none. */
  public String parameter() {
    return parameter;
  }

  public double defaultValue() {
    return defaultValue;
  }

  public double min() {
    return min;
  }

  public double max() {
    return max;
  }

  public String help() {
    return help;
  }

  public boolean needsLabels() {
    return this == BEST_F1;
  }

  @Override
  public String toString() {
    return label;
  }
}
