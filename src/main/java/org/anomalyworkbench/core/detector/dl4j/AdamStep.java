package org.anomalyworkbench.core.detector.dl4j;

/**
 * Adam over a flat float parameter array, with DL4J's {@code AdamUpdater} arithmetic
 * (bias correction folded into the step size, epsilon added to the root of the second moment),
 * so a network trained here moves as DL4J would move it. Shared by the detectors written over
 * float arrays (the LSTM, the GAN).
 */
public final class AdamStep {
  /** DL4J's and Kingma &amp; Ba's default first-moment decay. */
  public static final double DEFAULT_BETA1 = 0.9;
  private static final double BETA2 = 0.999;
  private static final double EPSILON = 1e-8;

  private final float[] m;
  private final float[] v;
  private final double learningRate;
  private final double beta1;
  private int iteration;

  /** Adam state for {@code size} parameters moving with step size {@code learningRate}. */
  public AdamStep(int size, double learningRate) {
    this(size, learningRate, DEFAULT_BETA1);
  }

  /**
   * As {@link #AdamStep(int, double)} with another first-moment decay: GANs train with 0.5
   * (Radford et al. 2016), because a long momentum keeps pushing after the opponent moved.
   */
  public AdamStep(int size, double learningRate, double beta1) {
    this.m = new float[size];
    this.v = new float[size];
    this.learningRate = learningRate;
    this.beta1 = beta1;
  }

  /** Moves {@code params} against {@code gradient}. */
  public void apply(float[] params, float[] gradient) {
    iteration++;
    double beta1t = 1 - Math.pow(beta1, iteration);
    double beta2t = 1 - Math.pow(BETA2, iteration);
    float alpha = (float) (learningRate * Math.sqrt(beta2t) / beta1t);
    float b1 = (float) beta1;
    float b2 = (float) BETA2;
    float eps = (float) EPSILON;
    for (int i = 0; i < params.length; i++) {
      float g = gradient[i];
      m[i] = b1 * m[i] + (1 - b1) * g;
      v[i] = b2 * v[i] + (1 - b2) * g * g;
      params[i] -= alpha * m[i] / ((float) Math.sqrt(v[i]) + eps);
    }
  }

  /** Forgets the moments (after the parameters were re-initialised). */
  public void reset() {
    java.util.Arrays.fill(m, 0f);
    java.util.Arrays.fill(v, 0f);
    iteration = 0;
  }
}
