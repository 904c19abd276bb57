package org.anomalyworkbench.core.detector.convae;

/**
 * Adam over a flat float parameter array with DL4J's {@code AdamUpdater} arithmetic (bias
 * correction folded into the step size, epsilon added to the root of the second moment), as
 * the LSTM's {@code AdamStep} does; kept here rather than shared so the two packages stay
 * independent.
 */
final class Adam {
  private static final double BETA1 = 0.9;
  private static final double BETA2 = 0.999;
  private static final double EPSILON = 1e-8;

  private final float[] m;
  private final float[] v;
  private final double learningRate;
  private int iteration;

  Adam(int size, double learningRate) {
    this.m = new float[size];
    this.v = new float[size];
    this.learningRate = learningRate;
  }

  /** Moves {@code params} against {@code gradient}. */
  void apply(float[] params, float[] gradient) {
    iteration++;
    double beta1t = 1 - Math.pow(BETA1, iteration);
    double beta2t = 1 - Math.pow(BETA2, iteration);
    float alpha = (float) (learningRate * Math.sqrt(beta2t) / beta1t);
    float b1 = (float) BETA1;
    float b2 = (float) BETA2;
    float eps = (float) EPSILON;
    for (int i = 0; i < params.length; i++) {
      float g = gradient[i];
      m[i] = b1 * m[i] + (1 - b1) * g;
      v[i] = b2 * v[i] + (1 - b2) * g * g;
      params[i] -= alpha * m[i] / ((float) Math.sqrt(v[i]) + eps);
    }
  }
}
