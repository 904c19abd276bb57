package org.anomalyworkbench.core.detector.convae;

import org.bytedeco.openblas.global.openblas_nolapack;

/**
 * Matrix products over Java float arrays with OpenBLAS's {@code cblas_sgemm} (the BLAS that
 * ND4J's CPU backend ships and loads), called on the arrays themselves: JavaCPP passes a
 * {@code float[]} without copying. An operand that starts inside a larger array (a layer's
 * weights or gradient inside the flat parameter array) goes through a scratch array, since the
 * array overload has no offset; those are the small operands.
 *
 * <p>Why not plain Java loops: the convolution products here have 16-32 output columns, where
 * loops the JIT vectorises reached 0.4-0.6 GFLOPS against BLAS's 2-4 on the same loaded cores
 * ({@code ConvOpProbe}, {@code BlasProbe}). Why not {@code Nd4j.gemm}: with a transposed operand
 * it runs libnd4j's own matmul op, and the autoencoder trained at ~13 images/s through it
 * (PyTorch ~200 on the same loaded machine). Why not DL4J's convolution layers: ~20 images/s
 * ({@code ConvProbe}). One instance per thread: the scratch arrays are reused without locking.
 */
final class Blas {
  private float[] scratchA = new float[0];
  private float[] scratchB = new float[0];
  private float[] scratchC = new float[0];

  /**
   * {@code c[cOff ..] = op(a) * op(b)}, all row-major; op(a) is m x k, op(b) is k x n.
   *
   * @param transA a is stored k x m and used transposed
   * @param transB b is stored n x k and used transposed
   */
  void multiply(float[] a, int aOff, boolean transA, float[] b, int bOff, boolean transB, float[] c, int cOff,
      int m, int n, int k) {
    float[] pa = a;
    if (aOff != 0) {
      scratchA = fit(scratchA, m * k);
      System.arraycopy(a, aOff, scratchA, 0, m * k);
      pa = scratchA;
    }
    float[] pb = b;
    if (bOff != 0) {
      scratchB = fit(scratchB, k * n);
      System.arraycopy(b, bOff, scratchB, 0, k * n);
      pb = scratchB;
    }
    float[] pc = c;
    if (cOff != 0) {
      scratchC = fit(scratchC, m * n);
      pc = scratchC;
    }
    openblas_nolapack.cblas_sgemm(openblas_nolapack.CblasRowMajor,
        transA ? openblas_nolapack.CblasTrans : openblas_nolapack.CblasNoTrans,
        transB ? openblas_nolapack.CblasTrans : openblas_nolapack.CblasNoTrans,
        m, n, k, 1f, pa, transA ? m : k, pb, transB ? k : n, 0f, pc, n);
    if (cOff != 0) {
      System.arraycopy(pc, 0, c, cOff, m * n);
    }
  }

  private static float[] fit(float[] scratch, int size) {
    return scratch.length >= size ? scratch : new float[size];
  }
}
