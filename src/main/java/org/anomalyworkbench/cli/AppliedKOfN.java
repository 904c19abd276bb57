package org.anomalyworkbench.cli;

import org.anomalyworkbench.core.data.ColumnRole;
import org.anomalyworkbench.core.data.Schema;
import org.anomalyworkbench.core.model.TrainedModel;
import org.anomalyworkbench.core.scoring.KOfN;

/**
 * The smoothing of decisions a command applies, and where it came from: {@code --k-of-n} when
 * given, else the one saved with the model (train: none unless given).
 *
 * @param rule k of the last n points must pass the threshold
 * @param origin e.g. "from --k-of-n" or "saved with the model"
 * @param fromOption true when {@code --k-of-n} asked for it, for the refusal's wording
 */
record AppliedKOfN(KOfN rule, String origin, boolean fromOption) {

  /** @param option the {@code --k-of-n} text, or null to use the model's saved smoothing */
  static AppliedKOfN of(TrainedModel model, String option) {
    return option == null ? new AppliedKOfN(model.kOfN(), "saved with the model", false) : fromOption(option);
  }

  /** {@code --k-of-n} on {@code train}, or no smoothing when absent. */
  static AppliedKOfN fromOption(String option) {
    return option == null ? new AppliedKOfN(KOfN.OFF, "", false)
        : new AppliedKOfN(KOfN.parse(option), "from --k-of-n", true);
  }

  /**
   * Refuses smoothing for rows that are not a series before any work is done: k of the last n
   * points means nothing without a time order.
   *
   * @param schema the roles the data will be judged with (the model's for score and evaluate)
   * @param rows what is not a series, e.g. "data.csv is not a series (it has no time column)"
   * @param fix the first way out, e.g. "name its time column with --time COLUMN, or "
   */
  void requireSeries(Schema schema, String rows, String fix) {
    if (rule.isOff() || schema.columns().stream().anyMatch(c -> c.role() == ColumnRole.TIME)) {
      return;
    }
    if (fromOption) {
      throw new IllegalArgumentException("--k-of-n " + rule.toText() + " smooths decisions along time, but " + rows
          + ": " + fix + "leave --k-of-n out to flag each row on its own.");
    }
    throw new IllegalArgumentException("The model smooths decisions (k of n " + rule.toText() + ", " + origin
        + "), but " + rows + ": " + fix + "pass --k-of-n 1/1 to flag each row on its own.");
  }
}
