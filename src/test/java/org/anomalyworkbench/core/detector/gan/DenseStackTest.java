package org.anomalyworkbench.core.detector.gan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The hand-written backward pass against finite differences, for every activation. */
class DenseStackTest {
  @Test
  void gradientsMatchFiniteDifferences() {
    for (DenseStack.Activation hidden : DenseStack.Activation.values()) {
      DenseStack stack = new DenseStack(new int[] {4, 5, 3},
          new DenseStack.Activation[] {hidden, DenseStack.Activation.IDENTITY}, 7);
      SplittableRandom rnd = new SplittableRandom(3);
      int rows = 3;
      float[] x = new float[rows * 4];
      float[] c = new float[rows * 3];
      for (int i = 0; i < x.length; i++) {
        x[i] = (float) (rnd.nextDouble() * 2 - 1);
      }
      for (int i = 0; i < c.length; i++) {
        c[i] = (float) (rnd.nextDouble() * 2 - 1);
      }
      DenseStack.Pass pass = stack.pass();
      pass.forward(x, 0, rows);
      float[] grad = new float[stack.params().length];
      pass.backward(stack.layers(), c.clone(), grad, true);
      float[] inputGradient = pass.inputGradient.clone();
      float[] p = stack.params();
      for (int i = 0; i < p.length; i += 3) {
        float keep = p[i];
        p[i] = keep + 1e-2f;
        double up = loss(stack, x, c, rows);
        p[i] = keep - 1e-2f;
        double down = loss(stack, x, c, rows);
        p[i] = keep;
        assertEquals((up - down) / 2e-2, grad[i], 2e-3, hidden + " parameter " + i);
      }
      for (int i = 0; i < x.length; i++) {
        float keep = x[i];
        x[i] = keep + 1e-2f;
        double up = loss(stack, x, c, rows);
        x[i] = keep - 1e-2f;
        double down = loss(stack, x, c, rows);
        x[i] = keep;
        assertEquals((up - down) / 2e-2, inputGradient[i], 2e-3, hidden + " input " + i);
      }
    }
  }

  /** sum(out * c): its gradient with respect to the output is c. */
  private static double loss(DenseStack stack, float[] x, float[] c, int rows) {
    float[] out = stack.pass().forward(x, 0, rows);
    double s = 0;
    for (int i = 0; i < c.length; i++) {
      s += out[i] * c[i];
    }
    return s;
  }

  @Test
  void dropoutScalesKeptUnitsAndOnlyTrainingPassesDrop() {
    DenseStack stack = new DenseStack(new int[] {2, 400, 1},
        new DenseStack.Activation[] {DenseStack.Activation.IDENTITY, DenseStack.Activation.IDENTITY}, 1);
    float[] x = {1, -1};
    float plain = stack.pass().forward(x, 0, 1)[0];
    DenseStack.Pass training = stack.pass();
    training.dropout(0.5, new SplittableRandom(1));
    float dropped = training.forward(x, 0, 1)[0];
    assertEquals(plain, stack.pass().forward(x, 0, 1)[0], 0f, "a pass without dropout is deterministic");
    org.junit.jupiter.api.Assertions.assertNotEquals(plain, dropped, "the training pass dropped units");
    // Inverted dropout keeps the expected output: the mean over many masks is near the plain output.
    double mean = 0;
    for (int i = 0; i < 2000; i++) {
      mean += training.forward(x, 0, 1)[0] / 2000.0;
    }
    assertEquals(plain, mean, 0.1 * Math.max(1, Math.abs(plain)));
  }
}
