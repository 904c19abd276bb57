package org.anomalyworkbench.core.detector.statistical;

import java.io.IOException;
import java.util.Set;
import org.anomalyworkbench.core.data.DataKind;
import org.anomalyworkbench.core.data.PreparedData;
import org.anomalyworkbench.core.detector.Detector;
import org.anomalyworkbench.core.detector.ScoreSemantics;
import org.anomalyworkbench.core.detector.TrainedDetector;
import org.anomalyworkbench.core.detector.TrainingContext;
import org.anomalyworkbench.core.archive.ModelArchive;

/**
 * Per-feature z-scores: fits each feature's mean and (population) standard deviation on the
 * training rows; a row's contribution from feature j is {@code |z_j| = |x_j - mean_j| / sd_j}
 * and its score is the maximum or the mean of those over the features. A feature that was
 * constant in training (sd = 0) uses sd = 1, so deviations from that constant are measured in
 * the feature's own units instead of becoming infinite.
 *
 * <p>The classical three-sigma rule (e.g. Grubbs, "Procedures for detecting outlying
 * observations in samples", Technometrics 11(1), 1969): a baseline that is fast, explainable
 * and good for single-feature spikes, but blind to anomalies that break correlations between
 * features while each feature stays in range, and itself pulled by the outliers it should find
 * (use {@link MadDetector} when the training data is contaminated).
 */
public final class ZScoreDetector implements Detector<ZScoreConfig> {
  /** Persisted id: never rename. */
  public static final String ID = "zscore";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String displayName() {
    return "Z-score";
  }

  @Override
  public String description() {
    return "How many standard deviations each feature is from its training mean; the row score is the largest "
        + "(or mean) |z|. Instant to train and easy to explain; finds single-feature spikes, not broken "
        + "correlations. Sensitive to outliers in the training data (MAD is the robust variant).";
  }

  @Override
  public Set<DataKind> accepts() {
    return Set.of(DataKind.TABULAR, DataKind.IMAGES);
  }

  @Override
  public ZScoreConfig defaultConfig() {
    return ZScoreConfig.defaults();
  }

  @Override
  public TrainedDetector train(PreparedData data, ZScoreConfig config, TrainingContext context) {
    DataChecks.requireTrainable(data, 1, displayName());
    context.cancel().throwIfCancelled();
    double[] mean = ColumnStats.mean(data);
    double[] sd = ColumnStats.standardDeviation(data, mean);
    for (int f = 0; f < sd.length; f++) {
      if (!(sd[f] > 0)) {
        // A constant training feature: any other value is unusual, but not infinitely so.
        sd[f] = 1;
      }
    }
    context.listener().onMessage("Fitted the mean and standard deviation of " + data.columns() + " features on "
        + data.rows() + " rows.");
    return new DeviationModel(ID, data.featureNames(), mean, sd, config.aggregation(), semantics(config));
  }

  @Override
  public TrainedDetector load(ModelArchive.Reader in, ZScoreConfig config) throws IOException {
    return DeviationModel.load(in, ID, config.aggregation(), semantics(config));
  }

  static ScoreSemantics semantics(ZScoreConfig config) {
    return config.aggregation() == Aggregation.MAX
        ? ScoreSemantics.nonNegative("max |z| over features",
            "The largest number of training standard deviations any feature of the row is from its training mean.")
        : ScoreSemantics.nonNegative("mean |z| over features",
            "The average over features of how many training standard deviations the row is from the training mean.");
  }
}
