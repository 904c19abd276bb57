package org.anomalyworkbench.core.detector.ensemble;

import java.util.List;
import org.anomalyworkbench.core.detector.DetectorConfig;
import org.anomalyworkbench.core.detector.Param;

/**
 * Configuration of {@link EnsembleDetector}.
 *
 * @param members ids of the member detectors, each trained with its default settings
 * @param normalization how member scores are made comparable before combining
 * @param combination how normalised member scores are combined
 */
public record EnsembleConfig(
    @Param(label = "Members", description = "Detector ids to combine, comma-separated; each is trained "
        + "with its default settings. Any unsupervised detector except 'ensemble'.")
    List<String> members,
    @Param(label = "Normalisation", description = "RANK maps each member's score to its position among the "
        + "training scores (robust to scale and outliers); ZSCORE subtracts the mean and divides by the "
        + "standard deviation of the training scores.")
    Normalization normalization,
    @Param(label = "Combination", description = "MEAN averages the normalised member scores; MAX takes the "
        + "largest (flags what any member finds); AGREEMENT weighs each member by how well its ranking of the "
        + "training rows agrees with the other members' (a member that sees something else counts less).")
    Combination combination) implements DetectorConfig {

  /** How member scores are made comparable. */
  public enum Normalization { RANK, ZSCORE }

  /** How normalised member scores are combined. */
  public enum Combination { MEAN, MAX, AGREEMENT }

  public EnsembleConfig {
    members = List.copyOf(members);
    if (members.size() < 2) {
      throw new IllegalArgumentException("An ensemble needs at least two members, e.g. isolation-forest,autoencoder.");
    }
    for (String id : members) {
      if (id.equals(EnsembleDetector.ID)) {
        throw new IllegalArgumentException("An ensemble cannot contain another ensemble.");
      }
    }
    if (members.stream().distinct().count() != members.size()) {
      throw new IllegalArgumentException("Ensemble members must be different detectors: " + members);
    }
  }
}
