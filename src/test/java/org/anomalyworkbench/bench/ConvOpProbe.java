package org.anomalyworkbench.bench;

import java.util.Locale;
import org.anomalyworkbench.core.compute.NativeEnvironment;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.layers.convolution.config.Conv2DConfig;
import org.nd4j.linalg.api.ops.impl.layers.convolution.config.PaddingMode;
import org.nd4j.linalg.factory.Nd4j;

/** Speed of ND4J's conv2d op and of an im2col-shaped gemm. Not a test. */
public final class ConvOpProbe {
  private ConvOpProbe() {
  }

  public static void main(String[] args) {
    NativeEnvironment.prepare();
    int n = 128;
    INDArray x = Nd4j.rand(DataType.FLOAT, n, 16, 14, 14);
    INDArray w = Nd4j.rand(DataType.FLOAT, 3, 3, 16, 32);
    INDArray b = Nd4j.rand(DataType.FLOAT, 32);
    Conv2DConfig c = Conv2DConfig.builder().kH(3).kW(3).sH(1).sW(1).paddingMode(PaddingMode.SAME).build();
    for (int round = 0; round < 3; round++) {
      long t = System.nanoTime();
      int reps = 20;
      for (int i = 0; i < reps; i++) {
        Nd4j.cnn().conv2d(x, w, b, c);
      }
      double s = (System.nanoTime() - t) / 1e9;
      System.out.printf(Locale.ROOT, "conv2d 16->32 14x14 batch %d: %.1f ms, %.2f GFLOPS%n", n, s / reps * 1e3,
          2.0 * n * 196 * 144 * 32 * reps / s / 1e9);
    }
    INDArray a = Nd4j.rand(DataType.FLOAT, n * 196, 144);
    INDArray m = Nd4j.rand(DataType.FLOAT, 144, 32);
    for (int round = 0; round < 3; round++) {
      long t = System.nanoTime();
      int reps = 50;
      for (int i = 0; i < reps; i++) {
        a.mmul(m);
      }
      double s = (System.nanoTime() - t) / 1e9;
      System.out.printf(Locale.ROOT, "gemm %dx144x32: %.2f ms, %.2f GFLOPS%n", n * 196, s / reps * 1e3,
          2.0 * n * 196 * 144 * 32 * reps / s / 1e9);
    }
    float[] fa = new float[n * 196 * 144];
    float[] fm = new float[144 * 32];
    float[] fo = new float[n * 196 * 32];
    for (int round = 0; round < 3; round++) {
      long t = System.nanoTime();
      int reps = 20;
      for (int i = 0; i < reps; i++) {
        java.util.Arrays.fill(fo, 0);
        for (int r = 0; r < n * 196; r++) {
          int ao = r * 144;
          int oo = r * 32;
          for (int k = 0; k < 144; k++) {
            float av = fa[ao + k];
            int mo = k * 32;
            for (int j = 0; j < 32; j++) {
              fo[oo + j] += av * fm[mo + j];
            }
          }
        }
      }
      double s = (System.nanoTime() - t) / 1e9;
      System.out.printf(Locale.ROOT, "java loops: %.2f ms, %.2f GFLOPS%n", s / reps * 1e3,
          2.0 * n * 196 * 144 * 32 * reps / s / 1e9);
    }
  }
}
