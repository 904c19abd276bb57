package org.anomalyworkbench.core.scoring;

import org.anomalyworkbench.core.data.sample.TimeOrder;

/**
 * How scores become decisions: a point passes when {@code score >= threshold}, and, on a series,
 * it is flagged only when {@link KOfN k of the last n} points in time order pass. Smoothing works
 * on the scores already computed, so changing it never retrains or rescores.
 *
 * @param threshold scores at or above it pass
 * @param kOfN the smoothing along time; {@link KOfN#OFF} flags every passing row
 */
public record DecisionRule(double threshold, KOfN kOfN) {

  public DecisionRule {
    if (kOfN == null) {
      throw new IllegalArgumentException("A decision rule needs a k of n; use KOfN.OFF for none.");
    }
  }

  /** The plain threshold: every row at or above it is flagged. */
  public static DecisionRule at(double threshold) {
    return new DecisionRule(threshold, KOfN.OFF);
  }

  /** True when the flags depend on neighbouring points in time, not only on each score. */
  public boolean smoothed() {
    return !kOfN.isOff();
  }

  /**
   * The flags of {@code scores}, in the same (file) order as the scores: smoothing is applied
   * along {@code order}, then each decision goes back to its row.
   *
   * @param scores one score per row, in file order
   * @param order the rows in time order; may be null when the rule is not {@link #smoothed()}
   * @throws IllegalArgumentException when the rule is smoothed and there is no time order, or
   *     the order does not cover the scores
   */
  public boolean[] flags(double[] scores, TimeOrder order) {
    if (!smoothed()) {
      boolean[] out = new boolean[scores.length];
      for (int i = 0; i < scores.length; i++) {
        out[i] = scores[i] >= threshold;
      }
      return out;
    }
    if (order == null) {
      throw new IllegalArgumentException(needsSeries(kOfN));
    }
    int[] rows = order.inputRows();
    if (rows.length != scores.length) {
      throw new IllegalArgumentException("The time order has " + rows.length + " points but there are "
          + scores.length + " scores; score the series again.");
    }
    double[] inTime = new double[rows.length];
    for (int k = 0; k < rows.length; k++) {
      inTime[k] = scores[rows[k]];
    }
    boolean[] flagsInTime = kOfN.apply(inTime, threshold);
    boolean[] out = new boolean[scores.length];
    for (int k = 0; k < rows.length; k++) {
      out[rows[k]] = flagsInTime[k];
    }
    return out;
  }

  /** Number of {@code true} flags. */
  public static int count(boolean[] flags) {
    int n = 0;
    for (boolean f : flags) {
      n += f ? 1 : 0;
    }
    return n;
  }

  /** Why {@code kOfN} cannot apply to data without a time column, and what to do. */
  public static String needsSeries(KOfN kOfN) {
    return "Smoothing decisions (k of n " + kOfN.toText() + ": " + kOfN.describe() + ") needs a series, but the "
        + "data has no time column. Give a column the Time role (--time COLUMN on the command line), or use k of n "
        + "1/1 to flag each row on its own.";
  }
}
