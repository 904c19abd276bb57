package org.anomalyworkbench.core.data.prep;

import java.util.Objects;

/**
 * Settings for turning a dataset into the matrix a detector sees.
 *
 * @param scaling how numeric features are rescaled (default {@link Scaling#STANDARD})
 * @param validationFraction share of rows held out for validation, in [0, 0.9] (default 0.2)
 * @param maxCategoryLevels the most frequent this-many levels of a categorical feature get a
 *     one-hot column each; rarer and unseen levels encode as all zeros (default 50)
 * @param seed seed of the train/validation split (default 42)
 * @param window for a series (a column with the Time role) scored by a detector of table rows:
 *     the detector sees windows of this many consecutive points instead of single points, and
 *     each point's score is the highest score of the windows that contain it; 0 = single points
 *     (default). Series detectors such as the LSTM window the series themselves.
 */
public record PreparationConfig(Scaling scaling, double validationFraction, int maxCategoryLevels, long seed,
    int window) {
  public PreparationConfig {
    Objects.requireNonNull(scaling, "scaling");
    if (!(validationFraction >= 0 && validationFraction <= 0.9)) {
      throw new IllegalArgumentException("The validation fraction must be between 0 and 0.9, was " + validationFraction);
    }
    if (maxCategoryLevels < 1 || maxCategoryLevels > 10_000) {
      throw new IllegalArgumentException("The number of category levels must be between 1 and 10000, was "
          + maxCategoryLevels);
    }
    if (window < 0 || window > 100_000) {
      throw new IllegalArgumentException("The window must be between 0 (single points) and 100000 points, was "
          + window);
    }
  }

  public static PreparationConfig defaults() {
    return new PreparationConfig(Scaling.STANDARD, 0.2, 50, 42, 0);
  }

  public PreparationConfig withScaling(Scaling s) {
    return new PreparationConfig(s, validationFraction, maxCategoryLevels, seed, window);
  }

  public PreparationConfig withValidationFraction(double f) {
    return new PreparationConfig(scaling, f, maxCategoryLevels, seed, window);
  }

  public PreparationConfig withMaxCategoryLevels(int levels) {
    return new PreparationConfig(scaling, validationFraction, levels, seed, window);
  }

  public PreparationConfig withSeed(long s) {
    return new PreparationConfig(scaling, validationFraction, maxCategoryLevels, s, window);
  }

  public PreparationConfig withWindow(int points) {
    return new PreparationConfig(scaling, validationFraction, maxCategoryLevels, seed, points);
  }
}
