package org.anomalyworkbench.core.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RunComparisonTest {
  // Six rows, rows 4 and 5 labelled anomalies.
  private static final int[] LABELS = {0, 0, 0, 0, 1, 1};
  private static final RunComparison.RunResult A = new RunComparison.RunResult("a",
      new double[] {1, 2, 3, 4, 5, 6}, new boolean[] {false, false, false, false, true, true});
  private static final RunComparison.RunResult B = new RunComparison.RunResult("b",
      new double[] {6, 5, 4, 3, 2, 1}, new boolean[] {true, true, false, false, false, false});
  private static final RunComparison.RunResult C = new RunComparison.RunResult("c",
      new double[] {1, 2, 3, 10, 5, 6}, new boolean[] {false, false, false, true, true, true});

  @Test
  void metricsAgreementAndCorrelationMatchHandComputedValues() {
    RunComparison c = RunComparison.of(List.of(A, B, C), LABELS);
    assertEquals(1.0, c.runs().get(0).rocAuc(), 1e-12);
    assertEquals(0.0, c.runs().get(1).rocAuc(), 1e-12);
    // c ranks row 3 (normal) first, then 5, 4: anomalies beat 3 of 4 normals each -> 6/8
    assertEquals(0.75, c.runs().get(2).rocAuc(), 1e-12);
    assertEquals(2.0 / 3, c.runs().get(2).precision(), 1e-12);
    assertEquals(1.0, c.runs().get(2).recall(), 1e-12);
    assertEquals(0.0, c.runs().get(1).precision(), 1e-12);
    // Jaccard: a and c share rows 4, 5 of 3 flagged by either; a and b share none
    assertEquals(2.0 / 3, c.flagAgreement()[0][2], 1e-12);
    assertEquals(c.flagAgreement()[2][0], c.flagAgreement()[0][2]);
    assertEquals(0.0, c.flagAgreement()[0][1], 1e-12);
    assertEquals(1.0, c.flagAgreement()[1][1], 1e-12);
    // Spearman: b is a reversed; c moves row 3 from rank 3 to rank 5: 1 - 6*sum(d^2)/(n(n^2-1)) = 1 - 6*6/210
    assertEquals(-1.0, c.scoreCorrelation()[0][1], 1e-12);
    assertEquals(1 - 36.0 / 210, c.scoreCorrelation()[0][2], 1e-12);
  }

  @Test
  void withoutLabelsOnlyCountsAgreementAndCorrelationAreGiven() {
    RunComparison c = RunComparison.of(List.of(A, C), null);
    assertTrue(Double.isNaN(c.runs().get(0).rocAuc()));
    assertEquals(3, c.runs().get(1).flagged());
    assertEquals(2.0 / 3, c.flagAgreement()[0][1], 1e-12);
  }

  @Test
  void runsOnDifferentRowsAreRefused() {
    var shorter = new RunComparison.RunResult("short", new double[] {1, 2}, new boolean[] {false, true});
    var e = assertThrows(IllegalArgumentException.class, () -> RunComparison.of(List.of(A, shorter), null));
    assertTrue(e.getMessage().contains("same rows"), e.getMessage());
  }
}
