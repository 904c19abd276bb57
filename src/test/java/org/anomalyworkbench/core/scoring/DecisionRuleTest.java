package org.anomalyworkbench.core.scoring;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.anomalyworkbench.core.data.ColumnInfo;
import org.anomalyworkbench.core.data.ColumnKind;
import org.anomalyworkbench.core.data.ColumnRole;
import org.anomalyworkbench.core.data.Dataset;
import org.anomalyworkbench.core.data.Schema;
import org.anomalyworkbench.core.data.sample.TimeOrder;
import org.anomalyworkbench.core.detector.Scores;
import org.anomalyworkbench.core.evaluation.Evaluation;
import org.anomalyworkbench.core.model.ScoredData;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

class DecisionRuleTest {
  /**
   * Eight points whose file rows are shuffled. In time order (t = 0..7) the scores are
   * 0 9 0 9 9 0 0 9: with threshold 5 and 2 of the last 3, time points 3, 4 and 5 are flagged
   * (windows {1,2,3}, {2,3,4}, {3,4,5}) and the lone passes at t=1 and t=7 are not.
   */
  private static final double[] TIMES = {5, 2, 7, 0, 3, 6, 1, 4};
  private static final double[] SCORE_AT_TIME = {0, 9, 0, 9, 9, 0, 0, 9};

  private static double[] scoresInFileOrder() {
    double[] s = new double[TIMES.length];
    for (int r = 0; r < s.length; r++) {
      s[r] = SCORE_AT_TIME[(int) TIMES[r]];
    }
    return s;
  }

  private static Dataset shuffledSeries(ColumnRole timeRole) {
    Schema schema = new Schema(List.of(new ColumnInfo("t", ColumnKind.NUMERIC, timeRole, 0, TIMES.length)));
    return new Dataset("shuffled", null, Table.create("s", DoubleColumn.create("t", TIMES)), schema);
  }

  @Test
  void smoothsInTimeOrderAndAnswersInFileOrder() {
    DecisionRule rule = new DecisionRule(5, new KOfN(2, 3));
    boolean[] flags = rule.flags(scoresInFileOrder(), TimeOrder.of(shuffledSeries(ColumnRole.TIME)).orElseThrow());
    // File rows of times 3, 4 and 5 are rows 4, 7 and 0.
    assertArrayEquals(new boolean[] {true, false, false, false, true, false, false, true}, flags);
    assertEquals(3, DecisionRule.count(flags));
  }

  @Test
  void smoothingInFileOrderWouldGiveOtherFlags() {
    // Guards the test above: applying 2 of 3 to the file order directly flags other rows.
    boolean[] naive = new KOfN(2, 3).apply(scoresInFileOrder(), 5);
    boolean[] rule = new DecisionRule(5, new KOfN(2, 3)).flags(scoresInFileOrder(),
        TimeOrder.of(shuffledSeries(ColumnRole.TIME)).orElseThrow());
    assertFalse(java.util.Arrays.equals(naive, rule));
  }

  @Test
  void withoutSmoothingEveryRowAtOrAboveTheThresholdIsFlagged() {
    boolean[] flags = DecisionRule.at(9).flags(scoresInFileOrder(), null);
    double[] s = scoresInFileOrder();
    for (int r = 0; r < s.length; r++) {
      assertEquals(s[r] >= 9, flags[r], "row " + r);
    }
  }

  @Test
  void scoredDataFindsTheTimeOrderItselfAndRefusesATable() {
    double[] s = scoresInFileOrder();
    Scores scores = new Scores(s, new float[s.length], List.of("t"));
    ScoredData series = ScoredData.of(shuffledSeries(ColumnRole.TIME), scores, null);
    assertEquals(3, DecisionRule.count(series.flags(new DecisionRule(5, new KOfN(2, 3)))));

    ScoredData table = ScoredData.of(shuffledSeries(ColumnRole.FEATURE), scores, null);
    assertEquals(4, DecisionRule.count(table.flags(DecisionRule.at(5))), "a plain threshold needs no time");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> table.flags(new DecisionRule(5, new KOfN(2, 3))));
    assertTrue(e.getMessage().contains("needs a series") && e.getMessage().contains("1/1"), e.getMessage());
  }

  @Test
  void oneOfSeveralIsNotOffItKeepsAFlagForTheFollowingPoints() {
    assertTrue(KOfN.OFF.isOff());
    assertFalse(new KOfN(1, 3).isOff());
    assertArrayEquals(new boolean[] {false, true, true, true, false},
        new KOfN(1, 3).apply(new double[] {0, 9, 0, 0, 0}, 5));
    assertEquals("3 of the last 5 points", new KOfN(3, 5).describe());
  }

  @Test
  void evaluationCountsTheGivenDecisionsButKeepsTheAreasThresholdFree() {
    double[] s = {0.9, 0.8, 0.1, 0.2};
    int[] labels = {1, 0, 0, 1};
    Evaluation plain = Evaluation.of(s, labels, 0.5);
    Evaluation given = Evaluation.of(s, labels, 0.5, new boolean[] {false, false, false, true});
    assertEquals(1, plain.confusion().tp());
    assertEquals(1, plain.confusion().fp());
    assertEquals(1, given.confusion().tp());
    assertEquals(0, given.confusion().fp());
    assertEquals(1, given.confusion().fn());
    assertEquals(plain.rocAuc(), given.rocAuc(), 0.0);
  }
}
