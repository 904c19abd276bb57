package org.anomalyworkbench.ui.train;

import java.util.LinkedHashMap;
import java.util.Map;
import org.anomalyworkbench.core.data.ColumnKind;
import org.anomalyworkbench.core.data.Dataset;
import org.anomalyworkbench.core.data.prep.PreparationConfig;
import org.anomalyworkbench.core.data.prep.Scaling;
import org.anomalyworkbench.core.data.prep.SourceFeature;
import org.anomalyworkbench.core.model.ScoredData;
import org.anomalyworkbench.core.model.TrainedModel;
import org.anomalyworkbench.core.pipeline.TrainingPipeline;
import org.anomalyworkbench.core.pipeline.TrainingRequest;
import org.anomalyworkbench.core.scoring.ThresholdPolicy;
import org.anomalyworkbench.core.training.CancellationToken;
import org.anomalyworkbench.core.training.TrainingListener;
import org.anomalyworkbench.ui.results.ResultsData;

/**
 * Trains through core's {@link TrainingPipeline}, the same path as the command line, and turns
 * its result into what the results step shows.
 */
public final class PipelineTrainingService implements TrainingService {
  /** The model's stored policy; the results step applies the user's own strategy afterwards. */
  static final ThresholdPolicy INITIAL_POLICY = new ThresholdPolicy.Contamination(0.05);

  @Override
  public TrainingOutcome train(Dataset dataset, TrainingPlan plan, TrainingListener listener,
      CancellationToken cancel) {
    PreparationConfig prep = PreparationConfig.defaults()
        .withScaling(Scaling.valueOf(plan.scaling()))
        .withValidationFraction(plan.validationFraction())
        .withWindow(plan.window())
        .withSeed(plan.seed());
    TrainingRequest request = new TrainingRequest(plan.detectorId(), plan.parameters(), prep, plan.seed(),
        INITIAL_POLICY);
    TrainingPipeline.TrainingResult result = TrainingPipeline.train(dataset, request, listener, cancel);
    return new TrainingOutcome(results(result), result.model().provenance(), result.model().config(), result);
  }

  /** The results-step view of a pipeline result: ranking, score distributions, training medians. */
  public static ResultsData results(TrainingPipeline.TrainingResult result) {
    ScoredData s = result.scored();
    TrainedModel m = result.model();
    ResultsData data = new ResultsData(s.dataset(), s.scores(), s.labels(), s.sorted(), m.trainingScores(),
        m.normalValidationScores(), m.detector().semantics().name(), trainingMedians(m), result);
    try {
      data.timeOrder().get(); // sort a series here, on the training thread, not when the views open
    } catch (RuntimeException e) {
      // a broken time column: the series view reports it when it asks
    }
    return data;
  }

  /** Raw-unit medians of the numeric feature columns over the training rows. */
  static Map<String, Double> trainingMedians(TrainedModel m) {
    Map<String, Double> out = new LinkedHashMap<>();
    for (SourceFeature f : m.preparation().sourceFeatures()) {
      if (f.kind() == ColumnKind.NUMERIC && !Double.isNaN(f.rawMedian())) {
        out.put(f.column(), f.rawMedian());
      }
    }
    return out;
  }

}
