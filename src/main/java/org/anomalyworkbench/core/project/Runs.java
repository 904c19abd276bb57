package org.anomalyworkbench.core.project;

import org.anomalyworkbench.core.evaluation.Metrics;
import org.anomalyworkbench.core.model.ScoredData;
import org.anomalyworkbench.core.model.TrainedModel;

/**
 * Builds the {@link Run} a project keeps from a finished training: its timing from the
 * model's provenance, its counts at the model's threshold and, when the rows have labels, its
 * ROC-AUC and average precision.
 */
public final class Runs {
  private Runs() {
  }

  /**
   * The run for {@code model}, which scored the project's rows as {@code scored}.
   *
   * @param id the id the project gives it ({@link Project#nextRunId()})
   */
  public static Run of(String id, TrainedModel model, ScoredData scored) {
    var p = model.provenance();
    boolean[] flags = scored.flags(model.decisionRule(model.thresholdValue()));
    int flagged = 0;
    for (boolean f : flags) {
      flagged += f ? 1 : 0;
    }
    Double roc = null;
    Double ap = null;
    if (scored.hasLabels() && Metrics.undefinedReason(scored.labels()).isEmpty()) {
      roc = Metrics.rocAuc(scored.scores().values(), scored.labels());
      ap = Metrics.averagePrecision(scored.scores().values(), scored.labels());
    }
    String name = model.detectorId() + " #" + id.replace("run-", "");
    RunRecord record = new RunRecord(id, name, model.detectorId(), model.config(), p.trainedAt(),
        p.trainingMillis(), scored.rows(), flagged, model.threshold().toText(), model.thresholdValue(), roc, ap);
    return new Run(record, model);
  }
}
