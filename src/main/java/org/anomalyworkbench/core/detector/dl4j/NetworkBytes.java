package org.anomalyworkbench.core.detector.dl4j;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;

/**
 * Stores a DL4J network as bytes inside our model archive. Only the network goes through
 * {@link ModelSerializer}: our preprocessing is saved by the pipeline, so DL4J normalizers are
 * never used (writing one together with the model fails with "stream is closed" in M2.1).
 */
public final class NetworkBytes {
  private NetworkBytes() {
  }

  /** The network's configuration and parameters, without updater state (not needed to score). */
  public static byte[] write(MultiLayerNetwork net) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ModelSerializer.writeModel(net, out, false);
    return out.toByteArray();
  }

  /**
   * Reads what {@link #write} wrote. Truncated or corrupt bytes fail fast inside DL4J with
   * assorted exceptions (EOFException, ZipException, IllegalStateException); they all become
   * one {@link IOException} that names the entry and says what to do.
   */
  public static MultiLayerNetwork read(byte[] bytes, String entryName) throws IOException {
    try {
      return ModelSerializer.restoreMultiLayerNetwork(new ByteArrayInputStream(bytes), false);
    } catch (IOException | RuntimeException e) {
      throw new IOException("The network in model entry '" + entryName + "' is damaged or not a DL4J network ("
          + e.getClass().getSimpleName() + ": " + e.getMessage() + "). Retrain the model or restore the file.", e);
    }
  }
}
