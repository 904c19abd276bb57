package org.anomalyworkbench.core.detector.gan;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.anomalyworkbench.core.data.SampleShape;
import org.anomalyworkbench.core.detector.convae.ConvStack;
import org.junit.jupiter.api.Test;

/**
 * The convolutional GAN step's gradients against finite differences, on an odd-sized two-channel
 * image split over two threads: the generator's loss with respect to the encoder, decoder and
 * second encoder (through the chained passes: the second encoder's and the discriminator
 * features' input gradients into the decoder, the decoder's input gradient into the encoder), and
 * the discriminator's loss with respect to the discriminator. Filters 3,4 run every convolution
 * as loops; 5,6 run the wider ones through im2col and BLAS, and the discriminator's partial
 * backward to its features without parameter gradients.
 */
class ConvGanomalyGradientTest {
  /**
   * Step sizes; the best counts. Measured: at 1e-3 float rounding moved ~10% of the encoder's tiny
   * gradients by a few percent (4.26e-5 against 4.52e-5; 1e-2 gave 4.57e-5), while the
   * discriminator's leaky ReLU kinks spoiled 1e-2 and 1e-3 for ~10% of its weights (9.2e-4 and
   * 7.6e-4 against 5.95e-5; 1e-4 gave 5.32e-5).
   */
  private static final double[] STEPS = {1e-2, 1e-3, 1e-4};

  @Test
  void everyNetworksGradientMatchesFiniteDifferences() {
    for (int[] filters : new int[][] {{3, 4}, {5, 6}}) {
      check(filters, new Ganomaly.Weights(0, 1, 0), "reconstruction");
      check(filters, new Ganomaly.Weights(0, 0, 1), "latent");
      check(filters, new Ganomaly.Weights(1, 0, 0), "adversarial");
      check(filters, new Ganomaly.Weights(1.0, 2.0, 1.5), "all three");
    }
  }

  private static void check(int[] filters, Ganomaly.Weights weights, String what) {
    ConvGanomaly model = ConvGanomaly.create(new SampleShape.Image(7, 5, 2), filters, 3, 3);
    int rows = 4;
    ConvGanomaly.Trainer trainer = model.new Trainer(1e-3, 0.5, weights, 2, rows);
    try {
      SplittableRandom rnd = new SplittableRandom(9);
      float[] x = new float[rows * model.inputs()];
      for (int i = 0; i < x.length; i++) {
        x[i] = (float) rnd.nextDouble();
      }
      trainer.gradients(x, rows);
      for (ConvStack stack : model.stacks()) {
        boolean discriminator = stack == model.discriminator;
        float[] analytic = trainer.gradient(stack).clone();
        float[] p = stack.params();
        double largest = 0;
        for (float g : analytic) {
          largest = Math.max(largest, Math.abs(g));
        }
        int off = 0;
        for (int i = 0; i < p.length; i++) {
          double err = Double.POSITIVE_INFINITY;
          for (double eps : STEPS) {
            err = Math.min(err, relativeError(numeric(trainer, x, rows, p, i, eps, discriminator), analytic[i], largest));
          }
          if (err > 0.02) {
            off++;
          }
        }
        // A lost path (say the feature gradient not reaching the decoder) puts most parameters off.
        String name = discriminator ? "discriminator" : stack == model.encoder ? "encoder"
            : stack == model.decoder ? "decoder" : "second encoder";
        assertTrue(off <= p.length / 50, what + " " + java.util.Arrays.toString(filters) + ", " + name + ": " + off
            + " of " + p.length + " gradients off by more than 2%");
      }
    } finally {
      trainer.close();
    }
  }

  /**
   * Relative to the two values, with a floor of 1% of the stack's largest gradient: the losses
   * come from float passes, so a difference quotient of a tiny gradient is mostly rounding.
   */
  private static double relativeError(double numeric, double analytic, double largest) {
    return Math.abs(numeric - analytic) / Math.max(0.01 * largest, Math.abs(numeric) + Math.abs(analytic));
  }

  private static double numeric(ConvGanomaly.Trainer trainer, float[] x, int rows, float[] p, int i, double eps,
      boolean discriminator) {
    float keep = p[i];
    p[i] = (float) (keep + eps);
    Ganomaly.StepLosses up = trainer.gradients(x, rows);
    p[i] = (float) (keep - eps);
    Ganomaly.StepLosses down = trainer.gradients(x, rows);
    p[i] = keep;
    return discriminator ? (up.discriminator() - down.discriminator()) / (2 * eps)
        : (up.generator() - down.generator()) / (2 * eps);
  }
}
