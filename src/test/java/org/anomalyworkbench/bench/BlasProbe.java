package org.anomalyworkbench.bench;

import java.util.Locale;
import org.anomalyworkbench.core.compute.NativeEnvironment;
import org.bytedeco.openblas.global.openblas_nolapack;

/** Speed of OpenBLAS sgemm called on Java float arrays (the conv-autoencoder's products). Not a test. */
public final class BlasProbe {
  private BlasProbe() {
  }

  public static void main(String[] args) {
    NativeEnvironment.prepare();
    int m = 128 * 196;
    int k = 144;
    int n = 32;
    float[] a = new float[m * k];
    float[] b = new float[k * n];
    float[] c = new float[m * n];
    java.util.Arrays.fill(a, 0.5f);
    java.util.Arrays.fill(b, 0.25f);
    for (int round = 0; round < 3; round++) {
      int reps = 30;
      long t = System.nanoTime();
      for (int i = 0; i < reps; i++) {
        openblas_nolapack.cblas_sgemm(openblas_nolapack.CblasRowMajor, openblas_nolapack.CblasNoTrans,
            openblas_nolapack.CblasNoTrans, m, n, k, 1f, a, k, b, n, 0f, c, n);
      }
      double s = (System.nanoTime() - t) / 1e9;
      System.out.printf(Locale.ROOT, "sgemm %dx%dx%d: %.2f ms, %.2f GFLOPS (c[0]=%.3f)%n", m, k, n, s / reps * 1e3,
          2.0 * m * n * k * reps / s / 1e9, c[0]);
      t = System.nanoTime();
      for (int i = 0; i < reps; i++) {
        openblas_nolapack.cblas_sgemm(openblas_nolapack.CblasRowMajor, openblas_nolapack.CblasTrans,
            openblas_nolapack.CblasNoTrans, k, n, m, 1f, a, k, c, n, 0f, b, n);
      }
      s = (System.nanoTime() - t) / 1e9;
      System.out.printf(Locale.ROOT, "sgemm A^T: %.2f ms, %.2f GFLOPS%n", s / reps * 1e3,
          2.0 * m * n * k * reps / s / 1e9);
    }
  }
}
