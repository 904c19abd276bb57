package org.anomalyworkbench.core.detector.density;

import org.anomalyworkbench.core.detector.ConfigBinder;
import org.anomalyworkbench.core.detector.DetectorConfig;
import org.anomalyworkbench.core.detector.Param;

/**
 * Settings of {@link DensityDetector}.
 *
 * @param method Gaussian mixture (components chosen by BIC) or kernel density
 * @param maxComponents the mixture tries 1 to this many components and keeps the lowest BIC
 * @param covariance full covariance matrices, diagonal ones, or full up to 24 features
 * @param maxTrainingRows rows the density is fitted on (seeded subsample beyond)
 * @param minComponentWeight a mixture whose smallest component holds less than this share of
 *     the rows is not chosen: such a component usually models a small cluster of anomalies and
 *     makes them look dense
 * @param space fit the density to the prepared features, or to the rows' embedding in the
 *     bottleneck of an autoencoder trained on the same rows (the latent k-NN's autoencoder,
 *     {@link org.anomalyworkbench.core.detector.latent.LatentEmbedding})
 */
public record DensityConfig(
    @Param(label = "Method", description = "GAUSSIAN_MIXTURE: a few Gaussian clusters, their number chosen by "
        + "BIC. KERNEL: a Gaussian bump on every (sampled) training row, bandwidth by Scott's rule.")
    DensityMethod method,
    @Param(label = "Max components", description = "The mixture tries 1 up to this many clusters and keeps the "
        + "number with the lowest BIC.", min = 1, max = 50)
    int maxComponents,
    @Param(label = "Covariance", description = "AUTO: full matrices up to 24 features, diagonal beyond (full "
        + "ones need many rows per feature). FULL or DIAGONAL to choose.")
    CovarianceType covariance,
    @Param(label = "Max training rows", description = "Rows the density is fitted on (seeded subsample beyond "
        + "this); for KERNEL also the rows every scored row is compared with.", min = 2, max = 10_000_000)
    int maxTrainingRows,
    @Param(label = "Min component weight", description = "Mixtures with a cluster smaller than this share of "
        + "the rows are not chosen: a small cluster is usually a group of anomalies, which it would make look "
        + "normal.", min = 0, max = 0.5)
    double minComponentWeight,
    @Param(label = "Space", description = "FEATURES: the density of the prepared features. AUTOENCODER_LATENT: "
        + "first train an autoencoder on the same rows and fit the density to their embedding in its bottleneck "
        + "(helps with many correlated features; training takes longer).")
    Space space) implements DetectorConfig {

  /** Where the density is fitted. */
  public enum Space {
    /** The prepared features. */
    FEATURES,
    /** An autoencoder's bottleneck, trained on the same rows. */
    AUTOENCODER_LATENT
  }

  /** How the density is estimated. */
  public enum DensityMethod {
    /** A Gaussian mixture fitted by EM. */
    GAUSSIAN_MIXTURE,
    /** A Gaussian kernel density. */
    KERNEL
  }

  /** The shape of the mixture's covariance matrices. */
  public enum CovarianceType {
    /** Full up to {@link DensityConfig#FULL_MAX_FEATURES} features, else diagonal. */
    AUTO,
    /** Full matrices: correlated features. */
    FULL,
    /** Diagonal matrices: features independent within a component. */
    DIAGONAL
  }

  /** The most features AUTO fits full covariance matrices for. */
  public static final int FULL_MAX_FEATURES = 24;

  public DensityConfig {
    ConfigBinder.requireDeclaredBounds(DensityConfig.class, method, maxComponents, covariance, maxTrainingRows,
        minComponentWeight, space);
  }

  /**
   * A Gaussian mixture of 1 to 6 diagonal components by BIC, none under 5% of the rows, fitted on
   * up to 10,000 rows. Diagonal because full matrices, fitted on few rows per feature, rated
   * lympho's anomalies as the densest rows (ROC-AUC 0.20 against 0.95): over 15 of the classic
   * sets the diagonal mixture averaged 0.827, the AUTO one 0.768.
   */
  public static DensityConfig defaults() {
    return new DensityConfig(DensityMethod.GAUSSIAN_MIXTURE, 6, CovarianceType.DIAGONAL, 10_000, 0.05,
        Space.FEATURES);
  }

  /** Whether matrices are full for {@code features} features. */
  public boolean fullFor(int features) {
    return covariance == CovarianceType.FULL || (covariance == CovarianceType.AUTO && features <= FULL_MAX_FEATURES);
  }
}
