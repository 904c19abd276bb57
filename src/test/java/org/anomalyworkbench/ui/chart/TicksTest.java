package org.anomalyworkbench.ui.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TicksTest {
  private static List<Long> asScores(List<Double> logTicks) {
    // Scaled by 1000 and rounded, so 0.002 reads 2.
    return logTicks.stream().map(v -> Math.round(Math.pow(10, v) * 1000)).toList();
  }

  @Test
  void niceLinearTicksAreRoundAndInside() {
    assertEquals(List.of(0.0, 20.0, 40.0, 60.0, 80.0, 100.0), Ticks.nice(0, 100, 5));
  }

  @Test
  void logTicksFallOnOneTwoFiveWhenTheRangeIsNarrow() {
    // 0.01 .. 1: 1, 2, 5 x 10^k (the half-decade 0.0316 of linear ticks in log units is gone).
    assertEquals(List.of(10L, 20L, 50L, 100L, 200L, 500L, 1000L), asScores(Ticks.logNice(-2, 0, 10)));
  }

  @Test
  void wideLogRangesGetDecadesThinnedToTheLimit() {
    List<Double> ticks = Ticks.logNice(-6, 3, 6);
    assertTrue(ticks.size() <= 6 && ticks.size() >= 3, ticks.toString());
    for (double v : ticks) {
      assertEquals(Math.rint(v), v, 1e-12, "whole decades only: " + ticks);
    }
    assertEquals(List.of(-3.0, -2.0, -1.0, 0.0), Ticks.logNice(-3.2, 0.2, 5), "1e-3 .. 1");
  }

  @Test
  void aLogAxisWithinOneDecadeTicksAtRoundValues() {
    // 0.36 to 0.52 once gave 0.3631, 0.3802, 0.3981 ... (equal steps of the logarithm).
    List<Double> ticks = Ticks.logNice(Math.log10(0.36), Math.log10(0.52), 8);
    assertTrue(ticks.size() >= 2, ticks.toString());
    for (double t : ticks) {
      double v = Math.pow(10, t);
      assertEquals(Math.round(v * 100) / 100.0, v, 1e-9, "a round value: " + v);
    }
  }

  @Test
  void labelsThatWouldTouchAreThinned() {
    // Labels 30 px wide every 20 px overlap; every 2nd one leaves 10 px between them, more than 8.
    double[] from = {0, 20, 40, 60, 80};
    double[] to = {30, 50, 70, 90, 110};
    assertEquals(2, ChartFrame.stride(from, to, 8));
    assertEquals(1, ChartFrame.stride(new double[] {0, 50}, new double[] {30, 80}, 8));
    assertEquals(3, ChartFrame.stride(from, new double[] {45, 65, 85, 105, 125}, 8));
  }
}
