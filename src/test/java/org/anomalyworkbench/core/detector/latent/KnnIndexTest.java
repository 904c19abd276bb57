package org.anomalyworkbench.core.detector.latent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class KnnIndexTest {

  @Test
  void handComputedNeighbours() {
    // Reference points on a line at 0, 1, 3, 10 (1-D).
    KnnIndex index = new KnnIndex(new float[] {0, 1, 3, 10}, 1);
    double[] d = index.meanKnnDistance(new float[] {0, 2, 20}, 2);
    assertEquals((0 + 1) / 2.0, d[0], 1e-9);
    assertEquals((1 + 1) / 2.0, d[1], 1e-9);
    assertEquals((10 + 17) / 2.0, d[2], 1e-9);
    assertEquals(index.meanKnnDistance(new float[] {5}, 4)[0], index.meanKnnDistance(new float[] {5}, 99)[0],
        "k is capped at the reference size");
  }

  @Test
  void matchesBruteForceAcrossCacheBlocks() {
    SplittableRandom rnd = new SplittableRandom(3);
    int dims = 3;
    float[] ref = new float[2500 * dims];
    float[] queries = new float[700 * dims];
    for (int i = 0; i < ref.length; i++) {
      ref[i] = (float) rnd.nextDouble(-1, 1);
    }
    for (int i = 0; i < queries.length; i++) {
      queries[i] = (float) rnd.nextDouble(-1.5, 1.5);
    }
    double[] fast = new KnnIndex(ref, dims).meanKnnDistance(queries, 7);
    double[] slow = new double[700];
    for (int q = 0; q < 700; q++) {
      double[] all = new double[2500];
      for (int r = 0; r < 2500; r++) {
        double s = 0;
        for (int j = 0; j < dims; j++) {
          double e = queries[q * dims + j] - ref[r * dims + j];
          s += e * e;
        }
        all[r] = Math.sqrt(s);
      }
      Arrays.sort(all);
      slow[q] = Arrays.stream(all, 0, 7).sum() / 7;
    }
    assertArrayEquals(slow, fast, 1e-5);
  }

  @Test
  void sameFloatsAsSummingEachPointsCoordinatesInOrder() {
    // The coordinate-major loop must not reorder a distance's sum: scores stay bit-identical to
    // the point-by-point loop (and to models scored before it).
    SplittableRandom rnd = new SplittableRandom(4);
    int dims = 5;
    float[] ref = new float[1500 * dims];
    float[] queries = new float[300 * dims];
    for (int i = 0; i < ref.length; i++) {
      ref[i] = (float) rnd.nextGaussian();
    }
    for (int i = 0; i < queries.length; i++) {
      queries[i] = (float) rnd.nextGaussian();
    }
    double[] fast = new KnnIndex(ref, dims).meanKnnDistance(queries, 4);
    for (int q = 0; q < 300; q++) {
      float[] all = new float[1500];
      for (int r = 0; r < 1500; r++) {
        float d2 = 0;
        for (int j = 0; j < dims; j++) {
          float e = queries[q * dims + j] - ref[r * dims + j];
          d2 += e * e;
        }
        all[r] = d2;
      }
      Arrays.sort(all);
      double sum = 0;
      for (int i = 0; i < 4; i++) {
        sum += Math.sqrt(all[i]);
      }
      assertEquals(sum / 4, fast[q], 0.0, "query " + q);
    }
  }
}
