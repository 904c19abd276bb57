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
 * Robust per-feature z-scores: the modified z-score of Iglewicz and Hoaglin ("How to Detect
 * and Handle Outliers", ASQC Basic References in Quality Control 16, 1993),
 * {@code M_j = 0.6745 * (x_j - median_j) / MAD_j}, where MAD is the median absolute deviation
 * from the median on the training rows. Median and MAD ignore up to half of the training rows
 * being outliers, so unlike {@link ZScoreDetector} the fit is not pulled by the anomalies it
 * should find. Iglewicz and Hoaglin suggest |M| > 3.5 as the outlier rule.
 *
 * <p>Where more than half of a feature's training values are equal the MAD is 0; that feature
 * then uses {@code (x - median) / (1.253314 * meanAbsoluteDeviation)} (both denominators
 * estimate the standard deviation of normal data), and 1 when the feature is constant.
 * A row's contribution from feature j is {@code |M_j|}; its score is their maximum or mean.
 */
public final class MadDetector implements Detector<MadConfig> {
  /** Persisted id: never rename. */
  public static final String ID = "mad";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String displayName() {
    return "Robust z-score (MAD)";
  }

  @Override
  public String description() {
    return "Modified z-score of Iglewicz and Hoaglin: distance of each feature from its training median in units "
        + "of the median absolute deviation; the row score is the largest (or mean) |M|. Like the z-score but "
        + "not fooled by outliers in the training data. |M| > 3.5 is the classical outlier rule.";
  }

  @Override
  public Set<DataKind> accepts() {
    return Set.of(DataKind.TABULAR, DataKind.IMAGES);
  }

  @Override
  public MadConfig defaultConfig() {
    return MadConfig.defaults();
  }

  @Override
  public TrainedDetector train(PreparedData data, MadConfig config, TrainingContext context) {
    DataChecks.requireTrainable(data, 1, displayName());
    context.cancel().throwIfCancelled();
    double[][] fit = ColumnStats.medianAndRobustSigma(data);
    context.listener().onMessage("Fitted the median and MAD of " + data.columns() + " features on "
        + data.rows() + " rows.");
    return new DeviationModel(ID, data.featureNames(), fit[0], fit[1], config.aggregation(), semantics(config));
  }

  @Override
  public TrainedDetector load(ModelArchive.Reader in, MadConfig config) throws IOException {
    return DeviationModel.load(in, ID, config.aggregation(), semantics(config));
  }

  static ScoreSemantics semantics(MadConfig config) {
    return config.aggregation() == Aggregation.MAX
        ? ScoreSemantics.nonNegative("max |modified z| over features",
            "The largest robust z-score (distance from the training median in MAD units) of any feature of the row.")
        : ScoreSemantics.nonNegative("mean |modified z| over features",
            "The average over features of the robust z-score (distance from the training median in MAD units).");
  }
}
