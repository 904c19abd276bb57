package org.anomalyworkbench.core.compute;

/**
 * Which compute backend the deep detectors run on, for the status bar, {@code --version} and
 * run provenance.
 *
 * @param kind CPU or GPU
 * @param backend ND4J backend artifact, e.g. {@code nd4j-native} or {@code nd4j-cuda}
 * @param device CPU model or CUDA device name
 * @param threads threads ND4J uses for one operation (CPU), or the number of GPUs
 */
public record BackendInfo(Kind kind, String backend, String device, int threads) {

  /** Where the arithmetic happens. */
  public enum Kind { CPU, GPU }

  /** One line, e.g. {@code CPU (nd4j-native, Intel Xeon ..., 2 threads)}. */
  public String summary() {
    String unit = kind == Kind.CPU ? (threads == 1 ? " thread" : " threads") : (threads == 1 ? " device" : " devices");
    return kind + " (" + backend + ", " + device + ", " + threads + unit + ")";
  }

  @Override
  public String toString() {
    return summary();
  }
}
