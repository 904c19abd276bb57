package org.anomalyworkbench.core.model;

import java.util.Map;
import org.anomalyworkbench.core.data.Schema;
import org.anomalyworkbench.core.data.prep.Preparation;
import org.anomalyworkbench.core.detector.TrainedDetector;
import org.anomalyworkbench.core.scoring.DecisionRule;
import org.anomalyworkbench.core.scoring.KOfN;
import org.anomalyworkbench.core.scoring.ThresholdChoice;
import org.anomalyworkbench.core.scoring.ThresholdContext;
import org.anomalyworkbench.core.scoring.ThresholdPolicy;
import org.anomalyworkbench.core.training.LossCurve;
import org.anomalyworkbench.core.training.RunProvenance;

/**
 * Everything needed to score new data the same way as in training: the column roles, the
 * fitted preparation, the fitted detector, the training-score distribution the threshold
 * policies refer to, the threshold, and where the model came from. This is what a model file
 * holds.
 *
 * <p>The threshold travels as a number together with the policy that produced it: a policy
 * such as "top 5%" re-resolved on every new batch would flag 5% of a batch of normal rows, so
 * new data is judged against {@link #thresholdValue()}, fixed when the model was trained (or
 * when the window saved it).
 *
 * @param schema column kinds and roles used in training (features are looked up by name)
 * @param preparation imputation, encoding and scaling fitted on the training rows
 * @param detector the fitted detector
 * @param config the detector's configuration in text form
 * @param provenance how and on what it was trained
 * @param trainingScores scores of the training rows (for mean + k·sd thresholds)
 * @param normalValidationScores scores of validation rows believed normal, or an empty array
 * @param threshold the policy that produced {@code thresholdValue}; not part of the fitted state
 * @param thresholdValue the resolved threshold new data is flagged with; NaN only for a model
 *     file from before thresholds travelled whose policy needs labels (best F1), which is then
 *     resolved on each scored batch as before
 * @param kOfN how decisions are smoothed along a series ({@link KOfN#OFF} for none); like the
 *     threshold, part of the decision rule that travels with the model, not of the fitted state
 * @param lossCurve the training's losses per epoch, for reports; null when not recorded (model
 *     files from before it was kept, detectors without epochs, ensembles)
 */
public record TrainedModel(
    Schema schema,
    Preparation preparation,
    TrainedDetector detector,
    Map<String, String> config,
    RunProvenance provenance,
    double[] trainingScores,
    double[] normalValidationScores,
    ThresholdPolicy threshold,
    double thresholdValue,
    KOfN kOfN,
    LossCurve lossCurve) {

  public TrainedModel {
    config = Map.copyOf(config);
    kOfN = kOfN == null ? KOfN.OFF : kOfN;
  }

  /** A model without a recorded loss curve. */
  public TrainedModel(Schema schema, Preparation preparation, TrainedDetector detector, Map<String, String> config,
      RunProvenance provenance, double[] trainingScores, double[] normalValidationScores, ThresholdPolicy threshold,
      double thresholdValue, KOfN kOfN) {
    this(schema, preparation, detector, config, provenance, trainingScores, normalValidationScores, threshold,
        thresholdValue, kOfN, null);
  }

  /** The same model with the loss curve of its training. */
  public TrainedModel withLossCurve(LossCurve curve) {
    return new TrainedModel(schema, preparation, detector, config, provenance, trainingScores,
        normalValidationScores, threshold, thresholdValue, kOfN, curve);
  }

  /**
   * True when the model reads a series (a series detector, or windows of points): its scores are
   * per time point and read best in the file's order.
   */
  public boolean readsSeries() {
    return preparation.config().window() > 0
        || SeriesScoring.isSeriesDetector(org.anomalyworkbench.core.detector.registry.DetectorRegistry.byId(detectorId()));
  }

  public String detectorId() {
    return detector.detectorId();
  }

  /** The same model with another threshold (a policy and the number it gave): never retrains. */
  public TrainedModel withThreshold(ThresholdPolicy policy, double value) {
    return new TrainedModel(schema, preparation, detector, config, provenance, trainingScores,
        normalValidationScores, policy, value, kOfN, lossCurve);
  }

  /** The same model with another smoothing of decisions: never retrains. */
  public TrainedModel withKOfN(KOfN rule) {
    return new TrainedModel(schema, preparation, detector, config, provenance, trainingScores,
        normalValidationScores, threshold, thresholdValue, rule, lossCurve);
  }

  /** The saved decision rule: {@code threshold} (e.g. the saved number) with the saved k of n. */
  public DecisionRule decisionRule(double threshold) {
    return new DecisionRule(threshold, kOfN);
  }

  /** The same model with {@code policy} resolved on the rows it was resolved on in training. */
  public TrainedModel withThreshold(ThresholdPolicy policy, ScoredData trainingRun) {
    return withThreshold(policy, chooseThreshold(policy, trainingRun).value());
  }

  /** Resolves {@code policy} to a number for these scored rows. */
  public double resolveThreshold(ThresholdPolicy policy, ScoredData scored) {
    return chooseThreshold(policy, scored).value();
  }

  /** Resolves {@code policy} for these scored rows, with a note when ties bend it. */
  public ThresholdChoice chooseThreshold(ThresholdPolicy policy, ScoredData scored) {
    return policy.choose(new ThresholdContext(trainingScores, scored.scores().values(), scored.labels(),
        normalValidationScores.length == 0 ? null : normalValidationScores, scored.sorted()));
  }

  /**
   * The threshold to flag {@code scored} with when the user asks for nothing else: the saved
   * number, or (only for an old best-F1 file without one) the policy resolved on these rows.
   */
  public ThresholdChoice savedThreshold(ScoredData scored) {
    if (!Double.isNaN(thresholdValue)) {
      return ThresholdChoice.exact(thresholdValue);
    }
    ThresholdChoice c = chooseThreshold(threshold, scored);
    String why = "this model file is older than saved thresholds, so " + threshold.describe()
        + " was resolved on these rows. Save the model again to keep a fixed number.";
    return new ThresholdChoice(c.value(), c.hasNote() ? c.note() + " Also, " + why : capitalised(why));
  }

  /** Resolves {@link #threshold()} for these scored rows. */
  public double resolveThreshold(ScoredData scored) {
    return savedThreshold(scored).value();
  }

  /**
   * Where the saved threshold came from, for people, e.g. "top 5% of the training data's
   * scores, saved with the model".
   */
  public String thresholdOrigin() {
    String what = threshold.describe();
    if (threshold instanceof ThresholdPolicy.Contamination) {
      what = what.replace("of the scored rows", "of the training data's scores");
    } else if (threshold instanceof ThresholdPolicy.BestF1) {
      what = "best F1 against the training data's labels";
    }
    return Double.isNaN(thresholdValue) ? what + ", resolved on these rows (old model file)"
        : what + ", saved with the model";
  }

  /**
   * The number {@code policy} gives on the model's own stored scores (the training rows), for
   * model files that kept only the policy; NaN when the policy needs more (labels for best F1).
   */
  static double resolveOnStoredScores(ThresholdPolicy policy, double[] trainingScores, double[] normalValidation) {
    try {
      return policy.resolve(new ThresholdContext(trainingScores, trainingScores, null,
          normalValidation.length == 0 ? null : normalValidation));
    } catch (IllegalStateException e) {
      return Double.NaN;
    }
  }

  private static String capitalised(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
