package org.anomalyworkbench.core.detector.ensemble;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.anomalyworkbench.core.data.PreparedData;
import org.anomalyworkbench.core.detector.DetectorCatalog;
import org.anomalyworkbench.core.detector.ScoreSemantics;
import org.anomalyworkbench.core.detector.Scores;
import org.anomalyworkbench.core.detector.TrainedDetector;
import org.anomalyworkbench.core.archive.ModelArchive;

/**
 * A fitted ensemble. A row's contribution for a feature is the members' shares for that
 * feature weighted by each member's normalised score (floored at 0), so the features that the
 * most alarmed members blame come first.
 */
final class TrainedEnsemble implements TrainedDetector {
  private final DetectorCatalog catalog;
  private final EnsembleConfig config;
  private final List<TrainedDetector> members;
  private final List<ScoreNormalizer> normalizers;
  private final double[] weights;

  /**
   * @param members the members, in the configuration's order; a refitted ensemble holds them
   *     twice (first fit, then refit)
   * @param weights one weight per member, summing to 1 (equal for MEAN and MAX)
   */
  TrainedEnsemble(DetectorCatalog catalog, EnsembleConfig config, List<TrainedDetector> members, List<ScoreNormalizer> normalizers,
      double[] weights) {
    this.catalog = catalog;
    this.config = config;
    this.members = List.copyOf(members);
    this.normalizers = List.copyOf(normalizers);
    this.weights = weights.clone();
  }

  /** The configuration it was trained with. */
  EnsembleConfig config() {
    return config;
  }

  /** The trained members, in the configuration's order. */
  List<TrainedDetector> members() {
    return members;
  }

  /** The members' weights in the combined score (a copy). */
  double[] weights() {
    return weights.clone();
  }

  @Override
  public String detectorId() {
    return EnsembleDetector.ID;
  }

  @Override
  public Scores score(PreparedData data) {
    int n = data.rows();
    int d = data.columns();
    double[] combined = new double[n];
    Arrays.fill(combined, empty(config.combination()));
    float[] contributions = new float[n * d];
    for (int m = 0; m < members.size(); m++) {
      Scores s = members.get(m).score(data);
      ScoreNormalizer norm = normalizers.get(m);
      float[] c = s.contributions();
      for (int r = 0; r < n; r++) {
        double z = norm.apply(s.value(r));
        combined[r] = combine(config.combination(), combined[r], z, weights[m]);
        addShares(contributions, c, r, d, Math.max(0, z));
      }
    }
    return new Scores(combined, contributions, data.featureNames());
  }

  /** The combined score before any member is added. */
  static double empty(EnsembleConfig.Combination combination) {
    return combination == EnsembleConfig.Combination.MAX ? Double.NEGATIVE_INFINITY : 0;
  }

  /** {@code combined} with one more member's normalised score {@code z} of weight {@code weight}. */
  static double combine(EnsembleConfig.Combination combination, double combined, double z, double weight) {
    return combination == EnsembleConfig.Combination.MAX ? Math.max(combined, z) : combined + z * weight;
  }

  private static void addShares(float[] target, float[] memberContributions, int row, int d, double weight) {
    double total = 0;
    int base = row * d;
    for (int f = 0; f < d; f++) {
      total += memberContributions[base + f];
    }
    if (total <= 0 || weight == 0) {
      return;
    }
    for (int f = 0; f < d; f++) {
      target[base + f] += (float) (weight * memberContributions[base + f] / total);
    }
  }

  @Override
  public ScoreSemantics semantics() {
    return config.normalization() == EnsembleConfig.Normalization.RANK
        ? new ScoreSemantics("ensemble rank score", "Combined position of the row among the training scores of "
            + "each member: 0.5 is typical, 1 is the most extreme training row, above 1 beyond anything seen "
            + "in training.", 0, Double.POSITIVE_INFINITY)
        : new ScoreSemantics("ensemble z-score", "Combined number of standard deviations above each member's "
            + "mean training score.", Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
  }

  @Override
  public void save(ModelArchive.Writer out) throws IOException {
    for (int i = 0; i < members.size(); i++) {
      ModelArchive.Writer member = out.nested("member-" + i);
      TrainedDetector m = members.get(i);
      member.putJson("config.json", memberConfig(m));
      member.putDoubles("normalizer.bin", normalizers.get(i).state());
      member.putDoubles("weight.bin", new double[] {weights[i]});
      m.save(member);
    }
  }

  /** Members are trained with their defaults; storing them keeps old files loadable if defaults change. */
  private Map<String, String> memberConfig(TrainedDetector member) {
    return catalog.resolveConfig(member.detectorId(), Map.of());
  }
}
