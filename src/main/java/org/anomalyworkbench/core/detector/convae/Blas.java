package org.anomalyworkbench.core.detector.convae;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import org.bytedeco.openblas.global.openblas_nolapack;

/**
 * Matrix products over Java float arrays with OpenBLAS's {@code cblas_sgemm} (the BLAS that
 * ND4J's CPU backend ships and loads), run on direct buffers that this instance allocates once
 * and reuses: each operand's used region is copied in with one bulk copy and the product copied
 * out, and {@code cblas_sgemm} gets the buffers' native addresses.
 *
 * <p>Why not the {@code float[]} overload: JavaCPP passes an array through
 * {@code Get/ReleaseFloatArrayElements}, which on HotSpot allocates native memory for the whole
 * array, copies it in, copies the result array back and frees it, on every call; for the decoder's
 * 29 MB patch matrix that was fresh pages (page faults) and three whole-array copies per product.
 * Here the buffers stay mapped between calls and only the m x k, k x n and m x n regions move.
 *
 * <p>Why not plain Java loops: the convolution products here have 16-32 output columns, where
 * loops the JIT vectorises reached 0.4-0.6 GFLOPS against BLAS's 2-4 on the same loaded cores
 * ({@code ConvOpProbe}, {@code BlasProbe}). Why not {@code Nd4j.gemm}: with a transposed operand
 * it runs libnd4j's own matmul op, and the autoencoder trained at ~13 images/s through it
 * (PyTorch ~200 on the same loaded machine). Why not DL4J's convolution layers: ~20 images/s
 * ({@code ConvProbe}). One instance per thread: the buffers are reused without locking. The
 * buffers are ordinary direct buffers, freed by the garbage collector with their instance.
 */
final class Blas {
  private FloatBuffer bufA = allocate(0);
  private FloatBuffer bufB = allocate(0);
  private FloatBuffer bufC = allocate(0);

  /**
   * {@code c[cOff ..] = op(a) * op(b)}, all row-major; op(a) is m x k, op(b) is k x n.
   *
   * @param transA a is stored k x m and used transposed
   * @param transB b is stored n x k and used transposed
   */
  void multiply(float[] a, int aOff, boolean transA, float[] b, int bOff, boolean transB, float[] c, int cOff,
      int m, int n, int k) {
    bufA = fit(bufA, m * k);
    bufA.put(0, a, aOff, m * k);
    bufB = fit(bufB, k * n);
    bufB.put(0, b, bOff, k * n);
    bufC = fit(bufC, m * n);
    openblas_nolapack.cblas_sgemm(openblas_nolapack.CblasRowMajor,
        transA ? openblas_nolapack.CblasTrans : openblas_nolapack.CblasNoTrans,
        transB ? openblas_nolapack.CblasTrans : openblas_nolapack.CblasNoTrans,
        m, n, k, 1f, bufA, transA ? m : k, bufB, transB ? k : n, 0f, bufC, n);
    bufC.get(0, c, cOff, m * n);
  }

  private static FloatBuffer fit(FloatBuffer buffer, int size) {
    // Grown with headroom so that a slightly larger last operand does not reallocate every call.
    return buffer.capacity() >= size ? buffer : allocate(Math.max(size, buffer.capacity() + buffer.capacity() / 2));
  }

  private static FloatBuffer allocate(int floats) {
    return ByteBuffer.allocateDirect(floats * Float.BYTES).order(ByteOrder.nativeOrder()).asFloatBuffer();
  }
}
