package org.anomalyworkbench.core.evaluation.series;

/** The argument checks every measure here shares, so they all fail with the same words. */
final class SeriesInputs {
  private SeriesInputs() {
  }

  /**
   * @return the number of points labelled 1
   * @throws IllegalArgumentException if a label is not 0/1 or the lengths differ
   */
  static int checkLabels(int points, int[] labels) {
    if (labels.length != points) {
      throw new IllegalArgumentException("There are " + points + " points but " + labels.length
          + " labels; they must describe the same time points.");
    }
    int positives = 0;
    for (int i = 0; i < labels.length; i++) {
      if (labels[i] != 0 && labels[i] != 1) {
        throw new IllegalArgumentException("Label of point " + i + " is " + labels[i]
            + "; labels must be 0 (normal) or 1 (anomaly).");
      }
      positives += labels[i];
    }
    return positives;
  }

  /** @throws IllegalArgumentException if the lengths differ */
  static void checkFlags(int points, boolean[] flags) {
    if (flags.length != points) {
      throw new IllegalArgumentException("There are " + points + " points but " + flags.length
          + " flags; they must describe the same time points.");
    }
  }
}
