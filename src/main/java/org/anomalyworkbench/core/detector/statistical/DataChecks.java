package org.anomalyworkbench.core.detector.statistical;

import java.util.List;
import org.anomalyworkbench.core.data.PreparedData;

/**
 * Input checks shared by the classical detectors, with messages that name the feature and
 * row and say what to do, so a bad matrix fails at the start of training rather than as a
 * NaN score far downstream.
 */
public final class DataChecks {
  private DataChecks() {
  }

  /**
   * Requires at least {@code minRows} rows and only finite values.
   *
   * @param detectorName shown in the message, e.g. "Isolation forest"
   * @throws IllegalArgumentException naming the first offending feature and row
   */
  public static void requireTrainable(PreparedData data, int minRows, String detectorName) {
    if (data.rows() < minRows) {
      throw new IllegalArgumentException(detectorName + " needs at least " + minRows
          + " training rows, but got " + data.rows() + ". Use a larger dataset or a smaller validation split.");
    }
    float[] v = data.values();
    int d = data.columns();
    for (int i = 0; i < v.length; i++) {
      if (!Float.isFinite(v[i])) {
        throw new IllegalArgumentException("Feature '" + data.featureNames().get(i % d) + "' has the value "
            + v[i] + " at prepared row " + (i / d) + ": " + detectorName
            + " needs finite numbers. The column's values are too large for 32-bit floats: rescale it (other units or a logarithm) or use standard scaling.");
      }
    }
  }

  /**
   * Requires the data to have exactly the features the model was trained on, in order.
   *
   * @throws IllegalArgumentException listing both feature lists
   */
  public static void requireSameFeatures(List<String> trained, PreparedData data) {
    if (!trained.equals(data.featureNames())) {
      throw new IllegalArgumentException("The model was trained on " + trained.size() + " features " + trained
          + " but the data to score has " + data.columns() + " features " + data.featureNames()
          + ". Prepare the data with the model's own preparation.");
    }
  }
}
