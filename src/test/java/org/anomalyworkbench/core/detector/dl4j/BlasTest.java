package org.anomalyworkbench.core.detector.dl4j;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.anomalyworkbench.core.compute.NativeEnvironment;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link Blas} against a plain triple loop: transposed operands, offsets into larger arrays, and
 * several threads sharing the process-wide workspaces with operands of different sizes (a
 * workspace handed to two calls at once, or one too small after the other grew, gives wrong
 * products).
 */
class BlasTest {
  @BeforeAll
  static void natives() {
    NativeEnvironment.prepare();
  }

  @Test
  void matchesLoopsWithTransposesAndOffsets() {
    SplittableRandom rnd = new SplittableRandom(1);
    for (boolean ta : new boolean[] {false, true}) {
      for (boolean tb : new boolean[] {false, true}) {
        check(rnd, 7, 5, 3, ta, tb, 4, 9, 2);
        check(rnd, 33, 17, 45, ta, tb, 0, 0, 0);
      }
    }
  }

  @Test
  void threadsSharingWorkspacesGetTheirOwnProducts() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      List<Future<?>> runs = new ArrayList<>();
      for (int t = 0; t < 3; t++) {
        int seed = t;
        runs.add(pool.submit(() -> {
          SplittableRandom rnd = new SplittableRandom(seed);
          for (int i = 0; i < 200; i++) {
            // Sizes change from call to call so that workspaces grow while others use theirs.
            check(rnd, 1 + rnd.nextInt(60), 1 + rnd.nextInt(40), 1 + rnd.nextInt(50), rnd.nextBoolean(),
                rnd.nextBoolean(), rnd.nextInt(3), rnd.nextInt(3), rnd.nextInt(3));
          }
        }));
      }
      for (Future<?> f : runs) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static void check(SplittableRandom rnd, int m, int n, int k, boolean ta, boolean tb, int aOff, int bOff,
      int cOff) {
    float[] a = random(rnd, aOff + m * k);
    float[] b = random(rnd, bOff + k * n);
    float[] c = new float[cOff + m * n + 2];
    c[c.length - 1] = 42f;
    Blas.multiply(a, aOff, ta, b, bOff, tb, c, cOff, m, n, k);
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < n; j++) {
        double sum = 0;
        for (int p = 0; p < k; p++) {
          float av = ta ? a[aOff + p * m + i] : a[aOff + i * k + p];
          float bv = tb ? b[bOff + j * k + p] : b[bOff + p * n + j];
          sum += av * bv;
        }
        assertEquals(sum, c[cOff + i * n + j], 1e-4 * (1 + Math.abs(sum)), "c[" + i + "][" + j + "]");
      }
    }
    assertEquals(42f, c[c.length - 1], "written past m x n");
  }

  private static float[] random(SplittableRandom rnd, int size) {
    float[] x = new float[size];
    for (int i = 0; i < size; i++) {
      x[i] = (float) (rnd.nextDouble() * 2 - 1);
    }
    return x;
  }
}
