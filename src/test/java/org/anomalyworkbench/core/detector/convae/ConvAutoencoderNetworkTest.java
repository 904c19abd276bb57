package org.anomalyworkbench.core.detector.convae;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The hand-written passes against finite differences: every parameter's gradient of the summed
 * squared error, on an odd-sized two-channel image (so padding, the rounding of stride-2 sizes,
 * the crop after upsampling and the channel-major conversion all take part).
 */
class ConvAutoencoderNetworkTest {

  @ParameterizedTest
  @EnumSource(ConvNetwork.Output.class)
  void gradientsMatchFiniteDifferences(ConvNetwork.Output output) {
    // Filters 3,4: every convolution runs as loops (4 or fewer output channels); 5,6: the
    // encoder and the first decoder convolution run through im2col and BLAS.
    check(ConvNetwork.initialised(7, 5, 2, new int[] {3, 4}, 3, output, 3));
    check(ConvNetwork.initialised(7, 5, 2, new int[] {5, 6}, 3, output, 4));
  }

  private static void check(ConvNetwork net) {
    int n = 3;
    float[] images = new float[n * net.imageSize()];
    SplittableRandom rnd = new SplittableRandom(5);
    for (int i = 0; i < images.length; i++) {
      images[i] = (float) rnd.nextDouble();
    }
    float[] grad = new float[net.params().length];
    ConvPass pass = new ConvPass(net, n);
    double sse = pass.gradient(images, new int[] {0, 1, 2}, 0, n, 1.0, grad);
    assertEquals(sse, sse(pass, net, images, n), 1e-4 * sse);

    float[] p = net.params();
    int off = 0;
    for (int i = 0; i < p.length; i++) {
      // A leaky ReLU unit whose input lies within eps of its kink gives a difference quotient
      // that mixes two slopes (measured: one conv bias gave -0.075 at eps 1e-2, 0.0087 at 1e-3
      // and 0.0705 at 3e-4 for an analytic 0.0711), so the better of two step sizes counts.
      double err = Math.min(relativeError(numeric(pass, net, images, n, i, 1e-3), grad[i]),
          relativeError(numeric(pass, net, images, n, i, 3e-4), grad[i]));
      if (err > 0.01) {
        off++;
      }
    }
    // A wrong pass (a transposition, a lost bias, a shifted patch) puts most parameters off.
    assertTrue(off <= p.length / 100, off + " of " + p.length + " gradients off by more than 1%");
  }

  /**
   * Relative to the gradients' size, with a floor of 0.1: the summed squared error is computed
   * from float reconstructions, so a difference quotient carries ~1e-3 of rounding noise.
   */
  private static double relativeError(double numeric, double analytic) {
    return Math.abs(numeric - analytic) / Math.max(0.1, Math.abs(numeric) + Math.abs(analytic));
  }

  private static double numeric(ConvPass pass, ConvNetwork net, float[] images, int n, int i, double eps) {
    float[] p = net.params();
    float keep = p[i];
    p[i] = (float) (keep + eps);
    double plus = sse(pass, net, images, n);
    p[i] = (float) (keep - eps);
    double minus = sse(pass, net, images, n);
    p[i] = keep;
    return (plus - minus) / (2 * eps);
  }

  private static double sse(ConvPass pass, ConvNetwork net, float[] images, int n) {
    float[] out = new float[n * net.imageSize()];
    pass.reconstruct(images, 0, n, out, 0);
    double s = 0;
    for (int i = 0; i < out.length; i++) {
      double e = out[i] - images[i];
      s += e * e;
    }
    return s;
  }
}
