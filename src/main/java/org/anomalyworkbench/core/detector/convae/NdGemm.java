package org.anomalyworkbench.core.detector.convae;

import java.nio.FloatBuffer;
import java.util.HashMap;
import java.util.Map;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Matrix products over Java float arrays through ND4J's BLAS (OpenBLAS on the CPU backend):
 * operands are copied into native arrays allocated once per shape and reused, multiplied, and
 * the product copied back.
 *
 * <p>Why not plain Java loops: the convolution products here have 16-32 output columns, where
 * loops the JIT vectorises reached 0.4-0.6 GFLOPS against BLAS's 2-4 on the same loaded cores
 * ({@code ConvOpProbe}); the copies cost a few percent. Why not DL4J's convolution layers: they
 * trained a 28x28 autoencoder at ~20 images/s ({@code ConvProbe}). One instance per thread: the
 * buffers are reused without locking.
 */
final class NdGemm {
  private final Map<Long, INDArray> arrays = new HashMap<>();

  /**
   * {@code c[cOff ..] = op(a) * op(b)}, all row-major; op(a) is m x k, op(b) is k x n.
   *
   * @param transA a is stored k x m and used transposed
   * @param transB b is stored n x k and used transposed
   */
  void multiply(float[] a, int aOff, boolean transA, float[] b, int bOff, boolean transB, float[] c, int cOff,
      int m, int n, int k) {
    INDArray na = array(0, transA ? k : m, transA ? m : k);
    INDArray nb = array(1, transB ? n : k, transB ? k : n);
    INDArray nc = array(2, m, n);
    put(na, a, aOff, m * k);
    put(nb, b, bOff, k * n);
    Nd4j.gemm(na, nb, nc, transA, transB, 1.0, 0.0);
    FloatBuffer out = nc.data().asNioFloat();
    out.position(0);
    out.get(c, cOff, m * n);
  }

  private static void put(INDArray target, float[] src, int off, int len) {
    FloatBuffer buf = target.data().asNioFloat();
    buf.position(0);
    buf.put(src, off, len);
  }

  /**
   * A native row-major array for operand {@code slot} of this shape, allocated on first use. A
   * training uses a handful of shapes (full batch, last batch, scoring chunk); the cache is
   * cleared when it grows past them so that odd chunk sizes cannot accumulate native memory.
   */
  private INDArray array(int slot, int rows, int cols) {
    long key = ((long) slot << 62) | ((long) rows << 31) | cols;
    INDArray a = arrays.get(key);
    if (a == null) {
      if (arrays.size() > 96) {
        arrays.clear();
      }
      a = Nd4j.createUninitialized(DataType.FLOAT, rows, cols);
      arrays.put(key, a);
    }
    return a;
  }
}
