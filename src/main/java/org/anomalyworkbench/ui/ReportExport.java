package org.anomalyworkbench.ui;

import java.util.List;
import org.anomalyworkbench.core.pipeline.TrainingPipeline;
import org.anomalyworkbench.core.training.LossCurve;
import org.anomalyworkbench.core.report.document.ReportInput;
import org.anomalyworkbench.core.report.document.ReportRun;
import org.anomalyworkbench.ui.results.ResultsData;
import org.anomalyworkbench.ui.results.ResultsViewModel;
import org.anomalyworkbench.ui.train.LossHistory;
import org.anomalyworkbench.ui.train.TrainingOutcome;

/**
 * Turns the results on screen into a report's input: the run as shown (the threshold and the
 * decisions of the Results step, smoothed or not), with the training curve when the results
 * come from the training just run. Built on the UI thread, so that the report shows what was on
 * screen when the user asked, whatever moves while it is written.
 */
final class ReportExport {
  private ReportExport() {
  }

  /**
   * @param fromTraining the loss chart's history, or {@code null} when the results come from a
   *     saved model (the chart then shows another run's curve)
   * @return the input, or {@code null} when there is nothing to report
   */
  static ReportInput input(TrainingOutcome outcome, ResultsViewModel results, LossHistory fromTraining) {
    ResultsData r = results.getData();
    if (outcome == null || r == null || outcome.results() != r
        || !(outcome.model() instanceof TrainingPipeline.TrainingResult trained)) {
      return null;
    }
    double threshold = results.getThreshold();
    boolean[] flags = results.isSmoothed() ? results.smoothedFlags().clone() : new boolean[r.rows()];
    if (!results.isSmoothed()) {
      for (int i = 0; i < flags.length; i++) {
        flags[i] = r.scores().value(i) >= threshold;
      }
    }
    var policy = results.shownPolicy();
    String origin = (policy == null ? "set in the window" : policy.describe()) + ", as shown in the window";
    LossCurve loss = fromTraining == null || fromTraining.epochs() == 0 ? null : curve(fromTraining);
    ReportRun run = ReportRun.of(trained.model().detectorId() + " on " + r.dataset().name(), trained.model(),
        CoreServices.scored(r), threshold, origin, flags, loss);
    return ReportInput.of("Anomaly report: " + r.dataset().name(), List.of(run));
  }

  private static LossCurve curve(LossHistory h) {
    double[] train = new double[h.epochs()];
    double[] validation = new double[h.epochs()];
    for (int e = 0; e < train.length; e++) {
      train[e] = h.epochTrain(e);
      validation[e] = h.epochValidation(e);
    }
    return new LossCurve(train, validation);
  }
}
