package org.anomalyworkbench.core.detector.dl4j;

import java.util.Locale;
import org.nd4j.linalg.activations.Activation;

/**
 * Activation functions offered for hidden layers. Our own enum so that detector configs (and
 * the UI and CLI built from them) never expose DL4J types.
 */
public enum HiddenActivation {
  RELU(Activation.RELU),
  LEAKY_RELU(Activation.LEAKYRELU),
  ELU(Activation.ELU),
  TANH(Activation.TANH),
  SIGMOID(Activation.SIGMOID);

  private final Activation dl4j;

  HiddenActivation(Activation dl4j) {
    this.dl4j = dl4j;
  }

  /** The DL4J activation; for use inside detector packages only. */
  public Activation toDl4j() {
    return dl4j;
  }

  /** Lower-case with dashes, e.g. {@code leaky-relu}, as shown in forms and accepted on the command line. */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
