package org.anomalyworkbench.core.detector.dl4j;

import java.util.Arrays;
import org.bytedeco.javacpp.FloatPointer;
import org.anomalyworkbench.core.data.PreparedData;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.memory.conf.WorkspaceConfiguration;
import org.nd4j.linalg.api.memory.enums.AllocationPolicy;
import org.nd4j.linalg.api.memory.enums.LearningPolicy;
import org.nd4j.linalg.api.memory.enums.SpillPolicy;
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

  /**
   * Whether arrays live in host memory that may be read and written through their pointers (the
   * CPU backend). On CUDA a direct write would bypass ND4J's host/device synchronisation, so
   * there the copies go through ND4J's own calls. A holder, so that using this class's other
   * methods does not load ND4J.
   */
  private static final class Host {
    static final boolean MEMORY = Nd4j.getEnvironment().isCPU();
  }

  private static final WorkspaceConfiguration CHUNK_WORKSPACE = WorkspaceConfiguration.builder()
      .initialSize(0)
      .policyLearning(LearningPolicy.FIRST_LOOP)
      .policyAllocation(AllocationPolicy.OVERALLOCATE)
      .policySpill(SpillPolicy.REALLOCATE)
      .build();

  /**
   * Opens (on this thread) the workspace named {@code id} for the matrices of one scoring chunk;
   * close it when the chunk's results have been copied out. Outside a workspace each chunk's
   * temporary matrices are fresh native allocations, freed only when the GC gets to them: the VAE
   * reached 8 GB RSS under {@code -Xmx2g}, and the autoencoder spent a third of its scoring time
   * in the kernel mapping and zeroing new pages. The workspace reuses one block for every chunk.
   * Workspaces are kept per thread, so threads scoring at the same time may use the same id.
   */
  public static MemoryWorkspace chunkWorkspace(String id) {
    return Nd4j.getWorkspaceManager().getAndActivateWorkspace(CHUNK_WORKSPACE, id);
  }

  private Nd4jMatrices() {
  }

  /** Rows {@code from..to} (exclusive) of a row-major matrix with {@code columns} columns, as a float INDArray. */
  public static INDArray rows(float[] values, int columns, int from, int to) {
    return matrix(values, from * columns, to - from, columns);
  }

  /**
   * A new {@code rows x columns} float matrix (in the current workspace, if one is open) holding
   * {@code values[offset ..]} in row-major order. Copied in one native call: {@code Nd4j.create(float[])}
   * copies element by element through an indexer, which was a fifth of the autoencoder's scoring time.
   */
  public static INDArray matrix(float[] values, int offset, int rows, int columns) {
    INDArray m = Nd4j.createUninitialized(DataType.FLOAT, rows, columns);
    fill(m, values, offset);
    return m;
  }

  /** Rows {@code from..to} of a row-major matrix, copied, each value clamped to +-clip when clip > 0. */
  public static float[] clippedRows(float[] values, int columns, int from, int to, double clip) {
    float[] part = Arrays.copyOfRange(values, from * columns, to * columns);
    if (clip > 0) {
      float c = (float) clip;
      for (int i = 0; i < part.length; i++) {
        part[i] = Math.max(-c, Math.min(c, part[i]));
      }
    }
    return part;
  }

  /** Overwrites a whole float matrix (not a view) with {@code values[offset ..]}, row-major. */
  public static void fill(INDArray target, float[] values, int offset) {
    int n = (int) target.length();
    if (target.dataType() != DataType.FLOAT || target.isView() || target.ordering() != 'c') {
      throw new IllegalArgumentException("not a whole row-major float matrix: " + target.shapeInfoToString());
    }
    if (offset < 0 || offset + n > values.length) {
      throw new IndexOutOfBoundsException(offset + "+" + n + " > " + values.length);
    }
    if (Host.MEMORY) {
      new FloatPointer(target.data().pointer()).put(values, offset, n);
    } else {
      target.assign(Nd4j.create(Arrays.copyOfRange(values, offset, offset + n), target.shape(), DataType.FLOAT));
    }
  }

  /** Rows {@code from..to} of prepared data as a float INDArray. */
  public static INDArray rows(PreparedData data, int from, int to) {
    return rows(data.values(), data.columns(), from, to);
  }

  /** A 2-D INDArray as a row-major float array (copied). */
  public static float[] toFloats(INDArray matrix) {
    INDArray m = matrix.dataType() == DataType.FLOAT ? matrix : matrix.castTo(DataType.FLOAT);
    if (Host.MEMORY && m.ordering() == 'c' && !m.isView() && m.data().length() == m.length()
        && m.length() <= Integer.MAX_VALUE) {
      // A whole, row-major buffer (as a network's output is): one native copy, not an element loop.
      float[] out = new float[(int) m.length()];
      new FloatPointer(m.data().pointer()).get(out);
      return out;
    }
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
