package org.anomalyworkbench.core.detector;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScoresTest {
  private final Scores scores = new Scores(new double[] {1, 2},
      new float[] {0.1f, 0.7f, 0.2f, 3f, 1f, 2f}, List.of("a", "b", "c"));

  @Test
  void topFeaturesAreOrderedByContribution() {
    assertArrayEquals(new int[] {1, 2, 0}, scores.topFeatures(0, 3));
    assertArrayEquals(new int[] {0, 2}, scores.topFeatures(1, 2));
    assertArrayEquals(new int[] {0, 2, 1}, scores.topFeatures(1, 10));
  }

  @Test
  void concatKeepsOrder() {
    Scores joined = Scores.concat(List.of(scores, scores));
    assertEquals(4, joined.size());
    assertEquals(2, joined.value(3));
    assertArrayEquals(new float[] {3f, 1f, 2f}, joined.contributionsOf(3));
  }

  @Test
  void shapeIsChecked() {
    assertThrows(IllegalArgumentException.class, () -> new Scores(new double[2], new float[5], List.of("a", "b", "c")));
  }
}
