package org.anomalyworkbench.core.detector.dl4j;

import java.util.Arrays;
import org.anomalyworkbench.core.data.PreparedData;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Moves row-major float matrices between Java arrays and ND4J. Everything the deep detectors
 * hand to DL4J goes through here, a bounded number of rows at a time, so native memory stays
 * proportional to a chunk rather than to the data set.
 */
public final class Nd4jMatrices {
  /** Most rows converted or scored at once: VAE scoring 100k rows at once hit 5 GB RSS, 10k kept 0.8 GB. */
  public static final int CHUNK_ROWS = 10_000;

  private Nd4jMatrices() {
  }

  /** Rows {@code from..to} (exclusive) of a row-major matrix with {@code columns} columns, as a float INDArray. */
  public static INDArray rows(float[] values, int columns, int from, int to) {
    float[] part = from == 0 && to * columns == values.length
        ? values.clone() : Arrays.copyOfRange(values, from * columns, to * columns);
    return Nd4j.create(part, new long[] {to - from, columns}, DataType.FLOAT);
  }

  /** Rows {@code from..to} of prepared data as a float INDArray. */
  public static INDArray rows(PreparedData data, int from, int to) {
    return rows(data.values(), data.columns(), from, to);
  }

  /** A 2-D INDArray as a row-major float array (copied). */
  public static float[] toFloats(INDArray matrix) {
    INDArray m = matrix.dataType() == DataType.FLOAT ? matrix : matrix.castTo(DataType.FLOAT);
    return m.dup('c').data().asFloat();
  }

  /** A column or row vector as doubles. */
  public static double[] toDoubles(INDArray vector) {
    return vector.castTo(DataType.DOUBLE).dup('c').data().asDouble();
  }

  /** Throws a clear error when data has a different number of columns than the model was trained on. */
  public static void checkColumns(PreparedData data, int expected, String detectorName) {
    if (data.columns() != expected) {
      throw new IllegalArgumentException("The " + detectorName + " model was trained on " + expected
          + " prepared features but this data has " + data.columns()
          + ": prepare the data with the model's own preprocessing (same feature columns) and score again.");
    }
  }
}
