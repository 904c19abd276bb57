package org.anomalyworkbench.core.detector.gan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.SplittableRandom;
import org.anomalyworkbench.core.detector.dl4j.HiddenActivation;
import org.junit.jupiter.api.Test;

/**
 * The gradients of one GAN step against finite differences: the generator's loss (adversarial
 * feature matching through the discriminator, reconstruction, latent consistency through the
 * second encoder) with respect to every generator network, and the discriminator's loss with
 * respect to the discriminator. A path left out of the chained backward pass (say, the
 * discriminator's feature gradient not reaching the decoder) fails here.
 */
class GanomalyGradientTest {
  @Test
  void everyNetworksGradientMatchesFiniteDifferences() {
    check(new Ganomaly.Weights(0, 1, 0), "reconstruction");
    check(new Ganomaly.Weights(0, 0, 1), "latent");
    check(new Ganomaly.Weights(1, 0, 0), "adversarial");
    check(new Ganomaly.Weights(1.0, 2.0, 1.5), "all three");
  }

  private static void check(Ganomaly.Weights weights, String what) {
    Ganomaly model = Ganomaly.create(5, List.of(4, 2), HiddenActivation.TANH, 3);
    Ganomaly.Trainer trainer = model.new Trainer(1e-3, 0.5, weights, 0, 1);
    SplittableRandom rnd = new SplittableRandom(9);
    int rows = 6;
    float[] x = new float[rows * 5];
    for (int i = 0; i < x.length; i++) {
      x[i] = (float) (rnd.nextDouble() * 4 - 2);
    }
    trainer.gradients(x, rows);
    for (DenseStack stack : List.of(model.encoder, model.decoder, model.encoder2, model.discriminator)) {
      boolean discriminator = stack == model.discriminator;
      float[] analytic = trainer.gradient(stack).clone();
      float[] p = stack.params();
      for (int i = 0; i < p.length; i++) {
        float keep = p[i];
        float eps = 1e-3f;
        p[i] = keep + eps;
        Ganomaly.StepLosses up = trainer.gradients(x, rows);
        p[i] = keep - eps;
        Ganomaly.StepLosses down = trainer.gradients(x, rows);
        p[i] = keep;
        double numeric = discriminator ? (up.discriminator() - down.discriminator()) / (2 * eps)
            : (up.generator() - down.generator()) / (2 * eps);
        assertEquals(numeric, analytic[i], 3e-3 + 0.03 * Math.abs(numeric),
            what + ": " + (discriminator ? "discriminator" : "generator") + " parameter " + i + " of a stack of " + p.length);
      }
    }
  }
}
