package org.anomalyworkbench.core.detector.dl4j;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.bytedeco.openblas.global.openblas_nolapack;

/**
 * Matrix products over Java float arrays with OpenBLAS's {@code cblas_sgemm} (the BLAS that
 * ND4J's CPU backend ships and loads), run on direct buffers that are allocated once and
 * reused: each operand's used region is copied in with one bulk copy and the product copied
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
 * ({@code ConvProbe}).
 *
 * <p>The buffers are shared by the whole process: each call borrows a workspace from a free list
 * and gives it back, so there are as many workspaces as products ever ran at once (one per
 * training or scoring thread), each as large as the largest product it served, and they stay.
 * Buffers per pass, freed by the garbage collector, made the process's resident memory creep up
 * by ~10 MB per training (glibc kept the freed blocks in its per-thread arenas); reused
 * workspaces allocate nothing after the first training.
 */
public final class Blas {
  private static final ConcurrentLinkedDeque<Workspace> FREE = new ConcurrentLinkedDeque<>();

  private Blas() {
  }

  /** Three operand buffers, grown to the largest operands seen and reused. */
  private static final class Workspace {
    private FloatBuffer a = allocate(0);
    private FloatBuffer b = allocate(0);
    private FloatBuffer c = allocate(0);
  }

  /**
   * {@code c[cOff ..] = op(a) * op(b)}, all row-major; op(a) is m x k, op(b) is k x n. Safe to call
   * from several threads at once.
   *
   * @param transA a is stored k x m and used transposed
   * @param transB b is stored n x k and used transposed
   */
  public static void multiply(float[] a, int aOff, boolean transA, float[] b, int bOff, boolean transB, float[] c, int cOff,
      int m, int n, int k) {
    Workspace w = FREE.pollFirst();
    if (w == null) {
      w = new Workspace();
    }
    try {
      w.a = fit(w.a, m * k);
      w.a.put(0, a, aOff, m * k);
      w.b = fit(w.b, k * n);
      w.b.put(0, b, bOff, k * n);
      w.c = fit(w.c, m * n);
      openblas_nolapack.cblas_sgemm(openblas_nolapack.CblasRowMajor,
          transA ? openblas_nolapack.CblasTrans : openblas_nolapack.CblasNoTrans,
          transB ? openblas_nolapack.CblasTrans : openblas_nolapack.CblasNoTrans,
          m, n, k, 1f, w.a, transA ? m : k, w.b, transB ? k : n, 0f, w.c, n);
      w.c.get(0, c, cOff, m * n);
    } finally {
      // Most recently used first: the next call gets the workspace that is already large enough.
      FREE.offerFirst(w);
    }
  }

  private static FloatBuffer fit(FloatBuffer buffer, int size) {
    return buffer.capacity() >= size ? buffer : allocate(size);
  }

  private static FloatBuffer allocate(int floats) {
    return ByteBuffer.allocateDirect(floats * Float.BYTES).order(ByteOrder.nativeOrder()).asFloatBuffer();
  }
}
