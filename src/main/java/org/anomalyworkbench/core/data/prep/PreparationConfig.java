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
 */
public record PreparationConfig(Scaling scaling, double validationFraction, int maxCategoryLevels, long seed) {
  public PreparationConfig {
    Objects.requireNonNull(scaling, "scaling");
    if (!(validationFraction >= 0 && validationFraction <= 0.9)) {
      throw new IllegalArgumentException("The validation fraction must be between 0 and 0.9, was " + validationFraction);
    }
    if (maxCategoryLevels < 1 || maxCategoryLevels > 10_000) {
      throw new IllegalArgumentException("The number of category levels must be between 1 and 10000, was "
          + maxCategoryLevels);
    }
  }

  public static PreparationConfig defaults() {
    return new PreparationConfig(Scaling.STANDARD, 0.2, 50, 42);
  }

  public PreparationConfig withScaling(Scaling s) {
    return new PreparationConfig(s, validationFraction, maxCategoryLevels, seed);
  }

  public PreparationConfig withValidationFraction(double f) {
    return new PreparationConfig(scaling, f, maxCategoryLevels, seed);
  }

  public PreparationConfig withMaxCategoryLevels(int levels) {
    return new PreparationConfig(scaling, validationFraction, levels, seed);
  }

  public PreparationConfig withSeed(long s) {
    return new PreparationConfig(scaling, validationFraction, maxCategoryLevels, s);
  }
}
