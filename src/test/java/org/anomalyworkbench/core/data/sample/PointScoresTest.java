package org.anomalyworkbench.core.data.sample;

import org.anomalyworkbench.core.data.SampleShape;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.anomalyworkbench.core.data.DataKind;
import org.junit.jupiter.api.Test;

class PointScoresTest {

  @Test
  void windowScoresMapToEveryPointByMaxOrMean() {
    // Windows 0..1, 2..3 and the end-aligned 3..4; point 3 is in the last two.
    SlidingWindows w = new SlidingWindows(5, 2, 2);
    double[] windowScores = {1, 5, 2};
    PointScores.Mapped max = PointScores.ofWindows(w, windowScores, PointScores.Rule.MAX);
    assertArrayEquals(new double[] {1, 1, 5, 5, 2}, max.scores(), 0);
    assertArrayEquals(new int[] {0, 0, 1, 1, 2}, max.explainingSample());
    PointScores.Mapped mean = PointScores.ofWindows(w, windowScores, PointScores.Rule.MEAN);
    assertArrayEquals(new double[] {1, 1, 5, 3.5, 2}, mean.scores(), 0);
    assertArrayEquals(new int[] {0, 0, 1, 1, 2}, mean.explainingSample());
  }

  @Test
  void pointsBeforeTheFirstForecastTakeTheFirstForecastsScore() {
    // Windows of 3 points predict the next one: sample i predicts point i + 3.
    PointScores.Mapped m = PointScores.map(6, new double[] {4, 7, 1}, i -> i + 3, 1, PointScores.Rule.MAX);
    assertArrayEquals(new double[] {4, 4, 4, 4, 7, 1}, m.scores(), 0);
    assertArrayEquals(new int[] {0, 0, 0, 0, 1, 2}, m.explainingSample());
  }

  @Test
  void aGapTakesTheNearestCoveredPointTheEarlierOnATie() {
    PointScores.Mapped m = PointScores.map(5, new double[] {1, 9}, i -> i * 4, 1, PointScores.Rule.MAX);
    assertArrayEquals(new double[] {1, 1, 1, 9, 9}, m.scores(), 0);
  }

  @Test
  void channelContributionsSumOverTheWindowsPoints() {
    SampleShape.Window shape = new SampleShape.Window(3, 2);
    assertArrayEquals(new float[] {9, 12}, PointScores.perChannel(new float[] {1, 2, 3, 4, 5, 6}, shape), 0);
  }

  @Test
  void scoresOfTimeSortedPointsGoBackToInputOrder() {
    assertArrayEquals(new double[] {20, 30, 10},
        PointScores.toInputOrder(new double[] {10, 20, 30}, new int[] {2, 0, 1}), 0);
    assertThrows(IllegalArgumentException.class,
        () -> PointScores.toInputOrder(new double[] {1, 2}, new int[] {1, 1}));
  }

  @Test
  void shapesKnowTheirSizeLayoutAndKind() {
    SampleShape.Image image = new SampleShape.Image(2, 3, 3);
    assertEquals(18, image.size());
    assertEquals(11, image.index(1, 1, 2));
    assertEquals(DataKind.IMAGES, image.kind());
    SampleShape.Window window = new SampleShape.Window(64, 2);
    assertEquals(128, window.size());
    assertEquals(5, window.index(2, 1));
    assertEquals(DataKind.TIME_SERIES, window.kind());
    assertEquals(DataKind.TABULAR, new SampleShape.Row(7).kind());
    assertThrows(IllegalArgumentException.class, () -> new SampleShape.Row(0));
    assertThrows(IllegalArgumentException.class, () -> new SampleShape.Image(100_000, 100_000, 3));
  }
}
