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
}
