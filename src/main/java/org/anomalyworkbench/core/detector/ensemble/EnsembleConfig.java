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
 * @param trim share of training rows, those the first fit scores highest, left out when the
 *     members are fitted a second time (0: one fit on all rows)
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
    Combination combination,
    @Param(label = "Refit without top share", description = "The members are fitted on all training rows, "
        + "the rows the ensemble then scores highest (this share) are set aside, and the members are fitted again "
        + "on the rest, so that anomalies in the training data stop hiding each other (a cluster of attacks are "
        + "each other's nearest neighbours; a density learns them as normal). 0 fits once; anything above 0 "
        + "doubles the training time.", min = 0, max = 0.5)
    double trim) implements DetectorConfig {

  /** How member scores are made comparable. */
  public enum Normalization { RANK, ZSCORE }

  /** How normalised member scores are combined. */
  public enum Combination { MEAN, MAX, AGREEMENT }

  public EnsembleConfig {
    members = List.copyOf(members);
    if (!(trim >= 0 && trim <= 0.5)) {
      throw new IllegalArgumentException("The refit share must lie between 0 and 0.5, got " + trim + ".");
    }
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
