package org.anomalyworkbench.core.detector.neighbours;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class NeighbourIndexTest {
  @Test
  void identicalRowsAreMergedAndCountedAndSelfIsLeftOut() {
    NeighbourIndex index = NeighbourIndex.of(new float[] {0, 0, 0, 5}, 1);
    assertEquals(2, index.size());
    assertEquals(4, index.rows());
    Neighbours withSelf = index.nearest(new float[] {0}, 3, false);
    assertArrayEquals(new float[] {0, 0, 0}, withSelf.distances());
    Neighbours leaveOneOut = index.nearest(new float[] {0, 5}, 3, true);
    // 0 sees its two copies and then 5; 5 (itself left out) sees the three zeros.
    assertArrayEquals(new float[] {0, 0, 5, 5, 5, 5}, leaveOneOut.distances());
  }

  @Test
  void theTreeFindsExactlyWhatBruteForceFinds() {
    SplittableRandom random = new SplittableRandom(3);
    int n = 6000;
    int dims = 3;
    float[] points = new float[n * dims];
    for (int i = 0; i < points.length; i++) {
      // A coarse grid makes many ties and duplicates, the hard case for tie order.
      points[i] = (float) Math.floor(random.nextDouble() * 40) / 4f;
    }
    NeighbourIndex tree = NeighbourIndex.of(points, dims);
    NeighbourIndex brute = new NeighbourIndex(tree.points(), tree.counts(), dims, false);
    assertTrue(tree.usesTree());
    assertFalse(brute.usesTree());
    float[] queries = new float[500 * dims];
    for (int i = 0; i < queries.length; i++) {
      queries[i] = (float) (random.nextDouble() * 10.5 - 0.25);
    }
    System.arraycopy(points, 0, queries, 0, 30 * dims); // some queries are reference rows
    for (boolean skipSelf : new boolean[] {false, true}) {
      Neighbours a = tree.nearest(queries, 7, skipSelf);
      Neighbours b = brute.nearest(queries, 7, skipSelf);
      assertArrayEquals(b.distances(), a.distances());
      assertArrayEquals(b.indices(), a.indices());
    }
  }

  /** The definition: every point measured coordinate by coordinate and offered in index order. */
  private static Neighbours measuredOneByOne(NeighbourIndex index, float[] queries, int k, boolean skipSelf) {
    int dims = index.dims();
    int n = queries.length / dims;
    float[] distances = new float[n * k];
    int[] indices = new int[n * k];
    for (int q = 0; q < n; q++) {
      BestK best = new BestK(k);
      for (int p = 0; p < index.size(); p++) {
        float s = 0;
        for (int j = 0; j < dims; j++) {
          float e = queries[q * dims + j] - index.points()[p * dims + j];
          s += e * e;
        }
        best.offer(s, p, s == 0 && skipSelf ? index.counts()[p] - 1 : index.counts()[p]);
      }
      for (int i = 0; i < k; i++) {
        distances[q * k + i] = (float) Math.sqrt(best.d2[i]);
        indices[q * k + i] = best.index[i];
      }
    }
    return new Neighbours(k, distances, indices);
  }

  private static float[] sample(SplittableRandom random, int rows, int dims, double offset, double spread, double grid) {
    float[] x = new float[rows * dims];
    for (int i = 0; i < x.length; i++) {
      double v = random.nextGaussian() * spread;
      x[i] = (float) (offset + (grid > 0 ? Math.floor(v / grid) * grid : v));
    }
    return x;
  }

  /**
   * The product screening must find bit for bit what measuring every point finds: Gaussian
   * rows; a coarse grid (duplicates and ties); and rows far from the origin with tiny spread,
   * where |q|^2 + |p|^2 - 2 q.p cancels worst.
   */
  @Test
  void screeningByMatrixProductsFindsExactlyWhatMeasuringEveryPointFinds() {
    SplittableRandom random = new SplittableRandom(5);
    double[][] shapes = {{0, 1, 0}, {0, 1, 0.5}, {1000, 0.01, 0}, {-3, 50, 0}};
    for (int dims : new int[] {3, 20, 61}) {
      for (double[] shape : shapes) {
        float[] rows = sample(random, 2500, dims, shape[0], shape[1], shape[2]);
        NeighbourIndex index = NeighbourIndex.of(rows, dims);
        NeighbourIndex screened = new NeighbourIndex(index.points(), index.counts(), dims, false);
        float[] queries = sample(random, 300, dims, shape[0], shape[1] * 1.5, shape[2]);
        System.arraycopy(rows, 0, queries, 0, 40 * dims); // some queries are reference rows
        for (boolean skipSelf : new boolean[] {false, true}) {
          Neighbours expected = measuredOneByOne(index, queries, 10, skipSelf);
          Neighbours found = screened.nearest(queries, 10, skipSelf);
          String what = dims + " dims, shape " + java.util.Arrays.toString(shape) + ", skipSelf " + skipSelf;
          assertArrayEquals(expected.distances(), found.distances(), what);
          assertArrayEquals(expected.indices(), found.indices(), what);
        }
      }
    }
  }
}
