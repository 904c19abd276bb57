package org.anomalyworkbench.core.detector.neighbours;

import org.anomalyworkbench.core.detector.ConfigBinder;
import org.anomalyworkbench.core.detector.DetectorConfig;
import org.anomalyworkbench.core.detector.Param;

/**
 * Settings of {@link KnnDetector}.
 *
 * @param k neighbours the score looks at
 * @param distance which distance of the k is the score
 * @param maxReference training rows kept to compare with (a seeded subsample beyond this)
 */
public record KnnConfig(
    @Param(label = "Neighbours (k)", description = "How many nearest training rows the score looks at.",
        min = 1, max = 1000)
    int k,
    @Param(label = "Distance", description = "KTH: the distance to the k-th nearest training row (PyOD's "
        + "default); MEAN: the mean distance to the k nearest.")
    KnnDistance distance,
    @Param(label = "Max reference rows", description = "Training rows kept to compare with (seeded subsample "
        + "beyond this); bounds the model size and the scoring time.", min = 2, max = 10_000_000)
    int maxReference) implements DetectorConfig {

  /** Which of the k distances is the score. */
  public enum KnnDistance {
    /** The k-th nearest. */
    KTH,
    /** The mean of the k nearest. */
    MEAN
  }

  public KnnConfig {
    ConfigBinder.requireDeclaredBounds(KnnConfig.class, k, distance, maxReference);
  }

  /** k = 5, the k-th distance, as PyOD's KNN; up to 200,000 reference rows. */
  public static KnnConfig defaults() {
    return new KnnConfig(5, KnnDistance.KTH, 200_000);
  }
}
