package org.anomalyworkbench.core.data.sample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SlidingWindowsTest {

  private static int[] starts(SlidingWindows w) {
    return IntStream.range(0, w.count()).map(w::start).toArray();
  }

  @Test
  void stridesThatEndOnTheLastPointNeedNoExtraWindow() {
    assertArrayEquals(new int[] {0, 3, 6}, starts(new SlidingWindows(10, 4, 3)));
  }

  @Test
  void anEndAlignedWindowCoversPointsTheStridesMiss() {
    // 0..3, 3..6, 6..9 leave point 10; the extra window 7..10 covers it.
    assertArrayEquals(new int[] {0, 3, 6, 7}, starts(new SlidingWindows(11, 4, 3)));
    assertArrayEquals(new int[] {0}, starts(new SlidingWindows(5, 5, 1)));
    assertEquals(996, new SlidingWindows(1000, 5, 1).count());
  }

  @Test
  void everyPointLiesInAWindowForManyGeometries() {
    for (int points = 1; points <= 40; points++) {
      for (int length = 1; length <= points; length++) {
        for (int stride = 1; stride <= Math.min(7, length); stride++) {
          SlidingWindows w = new SlidingWindows(points, length, stride);
          boolean[] covered = new boolean[points];
          for (int i = 0; i < w.count(); i++) {
            assertTrue(w.start(i) >= 0 && w.start(i) + length <= points);
            for (int p = w.start(i); p < w.start(i) + length; p++) {
              covered[p] = true;
            }
          }
          for (int p = 0; p < points; p++) {
            assertTrue(covered[p], points + "/" + length + "/" + stride + " misses point " + p);
          }
        }
      }
    }
  }

  @Test
  void copiesWindowsPointMajorFromTheSeries() {
    float[] series = new float[10];
    for (int p = 0; p < 5; p++) {
      series[2 * p] = p * 10;
      series[2 * p + 1] = p * 10 + 1;
    }
    SlidingWindows w = new SlidingWindows(5, 2, 2);
    assertArrayEquals(new float[] {0, 1, 10, 11, 20, 21, 30, 31, 30, 31, 40, 41}, w.copy(series, 2, 0, 3));
    assertArrayEquals(new float[] {20, 21, 30, 31}, w.copy(series, 2, 1, 2));
  }

  @Test
  void namesValuesByChannelAndLag() {
    assertEquals(List.of("cpu[t-1]", "mem[t-1]", "cpu[t]", "mem[t]"),
        new SlidingWindows(5, 2, 1).featureNames(List.of("cpu", "mem")));
  }

  @Test
  void aSeriesShorterThanTheWindowIsRefusedWithTheNumbers() {
    var e = assertThrows(IllegalArgumentException.class, () -> new SlidingWindows(3, 4, 1));
    assertEquals("The series has 3 points, fewer than the window length 4; choose a window of at most 3 points.",
        e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new SlidingWindows(10, 4, 0));
    assertThrows(IllegalArgumentException.class, () -> new SlidingWindows(10, 4, 5), "would skip a point");
    assertThrows(IllegalArgumentException.class, () -> new SlidingWindows(10, 4, 1).copy(new float[9], 1, 0, 1));
  }
}
