package org.anomalyworkbench.core.evaluation.series;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class EventsTest {

  @Test
  void labelledEventsAreMaximalRunsIncludingBothEnds() {
    int[] labels = {1, 1, 0, 0, 1, 0, 1, 1, 1};
    assertEquals(List.of(new EventSpan(0, 2), new EventSpan(4, 5), new EventSpan(6, 9)), Events.labelled(labels));
  }

  @Test
  void noLabelledOrFlaggedPointsGiveNoEvents() {
    assertEquals(List.of(), Events.labelled(new int[] {0, 0, 0}));
    assertEquals(List.of(), Events.labelled(new int[0]));
    assertEquals(List.of(), Events.flagged(new boolean[] {false, false}));
  }

  @Test
  void everyPointFlaggedIsOneEvent() {
    assertEquals(List.of(new EventSpan(0, 3)), Events.flagged(new boolean[] {true, true, true}));
  }

  @Test
  void flaggedEventsCarryTheirEarliestPeak() {
    double[] scores = {9, 0.5, 0.7, 0.7, 0.2, 3, 0.1, Double.NaN, 0.4, Double.NaN};
    boolean[] flags = {false, true, true, true, true, false, true, true, true, true};
    List<FlaggedEvent> events = Events.flaggedWithPeaks(scores, flags);
    assertEquals(2, events.size());
    // Points 1..4: 0.7 at 2 and 3, the earlier wins; the 9 at point 0 is not flagged.
    assertEquals(new FlaggedEvent(new EventSpan(1, 5), 0.7, 2), events.get(0));
    assertEquals(4, events.get(0).length());
    // Points 6..9: NaNs never win over a number.
    assertEquals(new FlaggedEvent(new EventSpan(6, 10), 0.4, 8), events.get(1));
  }

  @Test
  void allNanEventPeaksAtItsStartWithNan() {
    FlaggedEvent e = Events.flaggedWithPeaks(new double[] {1, Double.NaN, Double.NaN}, new boolean[] {false, true, true})
        .get(0);
    assertEquals(1, e.peakIndex());
    assertEquals(Double.NaN, e.peakScore());
  }

  @Test
  void badInputsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> Events.labelled(new int[] {0, 2}));
    assertThrows(IllegalArgumentException.class, () -> Events.flaggedWithPeaks(new double[2], new boolean[3]));
    assertThrows(IllegalArgumentException.class, () -> new EventSpan(3, 3));
  }
}
