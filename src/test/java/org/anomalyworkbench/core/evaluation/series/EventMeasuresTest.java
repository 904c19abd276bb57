package org.anomalyworkbench.core.evaluation.series;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class EventMeasuresTest {

  @Test
  void handComputedExample() {
    // Events [1,3), [5,6), [8,10); flags hit the first (point 2) and third (point 9), plus
    // false alarms at 4 and 6.
    int[] labels = {0, 1, 1, 0, 0, 1, 0, 0, 1, 1};
    boolean[] flags = {false, false, true, false, true, false, true, false, false, true};
    EventMeasures m = EventMeasures.of(labels, flags);
    assertEquals(new EventMeasures(3, 2, 4, 2), m);
    assertEquals(2 / 3.0, m.recall(), 1e-15);
    assertEquals(0.5, m.precision(), 1e-15);
    // 2 * (2/3) * (1/2) / (2/3 + 1/2) = (2/3) / (7/6) = 4/7
    assertEquals(4 / 7.0, m.f1(), 1e-15);
  }

  @Test
  void oneHitPerEventIsFullRecall() {
    int[] labels = {1, 1, 1, 1, 0, 0};
    boolean[] flags = {false, false, false, true, false, false};
    EventMeasures m = EventMeasures.of(labels, flags);
    assertEquals(1.0, m.recall());
    assertEquals(1.0, m.precision());
    assertEquals(1.0, m.f1());
  }

  @Test
  void noFlagsGiveUndefinedPrecisionAndZeroF1() {
    EventMeasures m = EventMeasures.of(new int[] {0, 1, 0}, new boolean[3]);
    assertEquals(0.0, m.recall());
    assertEquals(Double.NaN, m.precision());
    assertEquals(0.0, m.f1());
  }

  @Test
  void flagsOnlyOnNormalPointsGiveZeroEverywhere() {
    EventMeasures m = EventMeasures.of(new int[] {0, 1, 0}, new boolean[] {true, false, true});
    assertEquals(0.0, m.recall());
    assertEquals(0.0, m.precision());
    assertEquals(0.0, m.f1());
  }

  @Test
  void noLabelledEventLeavesRecallAndF1Undefined() {
    EventMeasures m = EventMeasures.of(new int[] {0, 0, 0}, new boolean[] {true, false, false});
    assertEquals(Double.NaN, m.recall());
    assertEquals(0.0, m.precision());
    assertEquals(Double.NaN, m.f1());
  }

  @Test
  void matchesPointByPointCountingOnRandomSeries() {
    SplittableRandom rnd = new SplittableRandom(11);
    for (int trial = 0; trial < 50; trial++) {
      int n = 1 + rnd.nextInt(200);
      int[] labels = new int[n];
      boolean[] flags = new boolean[n];
      for (int i = 0; i < n; i++) {
        // Sticky labels make runs of several points.
        labels[i] = i > 0 && rnd.nextDouble() < 0.7 ? labels[i - 1] : (rnd.nextDouble() < 0.2 ? 1 : 0);
        flags[i] = rnd.nextDouble() < 0.15;
      }
      int events = 0;
      int detected = 0;
      boolean hit = false;
      for (int i = 0; i < n; i++) {
        boolean starts = labels[i] == 1 && (i == 0 || labels[i - 1] == 0);
        if (starts) {
          events++;
          hit = false;
        }
        if (labels[i] == 1 && flags[i] && !hit) {
          hit = true;
          detected++;
        }
      }
      int flagged = 0;
      int tp = 0;
      for (int i = 0; i < n; i++) {
        flagged += flags[i] ? 1 : 0;
        tp += flags[i] && labels[i] == 1 ? 1 : 0;
      }
      assertEquals(new EventMeasures(events, detected, flagged, tp), EventMeasures.of(labels, flags));
    }
  }

  @Test
  void lengthsMustAgree() {
    assertThrows(IllegalArgumentException.class, () -> EventMeasures.of(new int[2], new boolean[3]));
  }
}
