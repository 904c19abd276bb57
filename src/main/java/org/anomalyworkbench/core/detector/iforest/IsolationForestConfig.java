package org.anomalyworkbench.core.detector.iforest;

import org.anomalyworkbench.core.detector.ConfigBinder;
import org.anomalyworkbench.core.detector.DetectorConfig;
import org.anomalyworkbench.core.detector.Param;

/**
 * Settings of {@link IsolationForestDetector}. The random seed is not a setting: it comes from
 * the training context, so one seed governs the whole run.
 *
 * @param trees number of isolation trees; scores stabilise around 100 (Liu et al. 2008)
 * @param subsampleSize rows drawn without replacement to grow each tree (psi); trees grow to
 *     depth ceil(log2 psi). Capped at the number of training rows.
 * @param splits axis-parallel splits (the original forest) or random hyperplanes (the extended
 *     isolation forest of Hariri, Carrasco Kind and Brunner, IEEE TKDE 33(4), 2021)
 * @param extensionLevel for hyperplane splits, how many features beyond one each hyperplane
 *     mixes: 0 draws one feature per split (the original forest in distribution), {@code d - 1}
 *     all {@code d} features; -1 (the default) or anything above {@code d - 1} means all
 */
public record IsolationForestConfig(
    @Param(label = "Trees", description = "Number of isolation trees. More trees give steadier scores; "
        + "100 is the paper's default and rarely worth raising.", min = 1, max = 10_000)
    int trees,
    @Param(label = "Subsample size", description = "Rows drawn (without replacement) to grow each tree. "
        + "256 is the paper's default; small samples isolate anomalies better than large ones. "
        + "Capped at the number of training rows.", min = 2, max = 1_000_000)
    int subsampleSize,
    @Param(label = "Splits", description = "AXIS: each split cuts one feature (the original forest). "
        + "HYPERPLANE: each split is a random hyperplane over several features (extended isolation forest, "
        + "Hariri et al. 2021); no artefact bands of low scores along the axes of clusters, slower to score.")
    SplitKind splits,
    @Param(label = "Extension level", description = "HYPERPLANE only: features mixed into each hyperplane "
        + "beyond the first. 0 = one feature per split (like AXIS); -1 = all features. Model size and scoring "
        + "time grow with it: each split keeps one weight per feature mixed, so on images (784 pixels) all "
        + "features make a model of tens of MB; a level of 10-50 keeps it small.", min = -1, max = 1_000_000)
    int extensionLevel) implements DetectorConfig {

  /** How an isolation tree cuts a node. */
  public enum SplitKind {
    /** One feature at a random value in its range (Liu et al. 2008). */
    AXIS,
    /** A random hyperplane through a random point of the node's bounding box (Hariri et al. 2021). */
    HYPERPLANE
  }

  public IsolationForestConfig {
    // Bounds live in the @Param declarations above; one check keeps form, CLI and code in step.
    ConfigBinder.requireDeclaredBounds(IsolationForestConfig.class, trees, subsampleSize, splits, extensionLevel);
  }

  /** Axis-parallel splits, as in the paper. */
  public IsolationForestConfig(int trees, int subsampleSize) {
    this(trees, subsampleSize, SplitKind.AXIS, -1);
  }

  /** 100 trees of 256 rows each with axis-parallel splits, as in the paper. */
  public static IsolationForestConfig defaults() {
    return new IsolationForestConfig(100, 256);
  }

  /** Non-zero coordinates of each hyperplane's normal for {@code features} features: 1 to {@code features}. */
  int planeSize(int features) {
    return extensionLevel < 0 ? features : Math.min(features, extensionLevel + 1);
  }
}
