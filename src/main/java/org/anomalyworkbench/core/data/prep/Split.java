package org.anomalyworkbench.core.data.prep;

import java.util.Arrays;
import java.util.SplittableRandom;

/** Splits row indices into training and validation sets. */
public final class Split {
  private Split() {
  }

  /**
   * Row indices of the two sets, each in ascending order.
   *
   * @param training rows the preparation and the detector are fitted on
   * @param validation held-out rows (may be empty)
   */
  public record TrainValidation(int[] training, int[] validation) {
  }

  /**
   * A seeded random split: {@code round(rows * validationFraction)} rows go to validation,
   * the rest to training (at least one row always stays in training). The same arguments
   * always give the same split.
   */
  public static TrainValidation trainValidation(int rows, double validationFraction, long seed) {
    int validation = validationRows(rows, validationFraction);
    int[] order = new int[rows];
    for (int i = 0; i < rows; i++) {
      order[i] = i;
    }
    SplittableRandom rnd = new SplittableRandom(seed);
    for (int i = rows - 1; i > 0; i--) {
      int j = rnd.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    int[] val = Arrays.copyOfRange(order, 0, validation);
    int[] train = Arrays.copyOfRange(order, validation, rows);
    Arrays.sort(val);
    Arrays.sort(train);
    return new TrainValidation(train, val);
  }

  /** The last {@code round(rows * validationFraction)} rows are validation: for time series. */
  public static TrainValidation chronological(int rows, double validationFraction) {
    int validation = validationRows(rows, validationFraction);
    int[] train = new int[rows - validation];
    int[] val = new int[validation];
    for (int i = 0; i < rows; i++) {
      if (i < train.length) {
        train[i] = i;
      } else {
        val[i - train.length] = i;
      }
    }
    return new TrainValidation(train, val);
  }

  private static int validationRows(int rows, double fraction) {
    if (rows < 1) {
      throw new IllegalArgumentException("There are no rows to split.");
    }
    if (!(fraction >= 0 && fraction < 1)) {
      throw new IllegalArgumentException("The validation fraction must be in [0, 1), was " + fraction);
    }
    return (int) Math.min(rows - 1, Math.round(rows * fraction));
  }
}
