package org.anomalyworkbench.core.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ScoreHistogramTest {
  @Test
  void aFewHugeScoresDoNotSqueezeTheRestIntoTheFirstBin() {
    double[] scores = new double[1003];
    for (int i = 0; i < 1000; i++) {
      scores[i] = i / 999.0;
    }
    scores[1000] = 500;
    scores[1001] = 800;
    scores[1002] = 1000;
    ScoreHistogram h = ScoreHistogram.of(scores, null, SortedScores.of(scores), 40);
    assertTrue(h.clipped());
    assertTrue(h.high() > 1 && h.high() < 2, "the range stops a little past the 99.5th percentile: " + h.high());
    assertEquals(1003, Arrays.stream(binCounts(h)).sum(), "every row counted");
    assertTrue(h.count(h.bins() - 1) >= 3, "the last bin holds the three huge scores");
    assertTrue(h.count(0) < 100, "the rest spread over the bins: " + h.count(0));
  }

  @Test
  void withoutAHeavyTailTheRangeIsTheScoresOwn() {
    double[] scores = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
    ScoreHistogram h = ScoreHistogram.of(scores, new int[] {0, 0, 0, 0, 0, 0, 0, 0, 1, 1}, SortedScores.of(scores), 5);
    assertFalse(h.clipped());
    assertEquals(0, h.low(), 0);
    assertEquals(9, h.high(), 0);
    assertEquals(2, h.positives(4), "both labelled anomalies fall in the last bin");
  }

  private static int[] binCounts(ScoreHistogram h) {
    int[] c = new int[h.bins()];
    for (int b = 0; b < c.length; b++) {
      c[b] = h.count(b);
    }
    return c;
  }
}
