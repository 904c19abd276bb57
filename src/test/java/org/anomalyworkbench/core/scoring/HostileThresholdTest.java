package org.anomalyworkbench.core.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Hostile score distributions for the threshold policies (issue 11, item 4): tied blocks at
 * the boundary, constant scores, a tie covering most rows, NaN scores, and best F1 tempted by
 * "flag everything". Each case asserts the exact threshold, flagged count and note.
 */
class HostileThresholdTest {

  /** {@code high} distinct scores above 10, {@code tied} rows at 0.5, {@code low} distinct scores below 0.4. */
  private static double[] blockAt(int high, int tied, int low) {
    double[] s = new double[high + tied + low];
    for (int i = 0; i < high; i++) {
      s[i] = 10 + (high - i);
    }
    Arrays.fill(s, high, high + tied, 0.5);
    for (int i = 0; i < low; i++) {
      s[high + tied + i] = 0.4 * (low - i) / (low + 1.0);
    }
    return s;
  }

  private static ThresholdChoice top(double fraction, double[] scores) {
    return new ThresholdPolicy.Contamination(fraction).choose(ThresholdContext.ofScores(scores));
  }

  private static int flagged(double[] scores, ThresholdChoice c) {
    return Flags.of(scores, c.value()).count();
  }

  @Test
  void aLargeTieBlockAtTheBoundaryIsLeftOutWhenIncludingItWouldOvershootFar() {
    // NAB-like: 5% asks for 50 rows; the 50th is in a block of 186 tied rows (21.6% if all flagged).
    double[] s = blockAt(30, 186, 784);
    ThresholdChoice c = top(0.05, s);
    assertEquals(11, c.value(), "the lowest of the 30 scores above the block");
    assertEquals(30, flagged(s, c));
    assertEquals("ties at the boundary: flagging 3% (30 rows) instead of 5%; 186 rows share the score 0.5, "
        + "and flagging them too would give 21.6%.", c.note());
  }

  @Test
  void aSmallTieBlockIsFlaggedWholeWhenThatIsNearerTheTarget() {
    double[] s = blockAt(40, 12, 948);
    ThresholdChoice c = top(0.05, s);
    assertEquals(0.5, c.value());
    assertEquals(52, flagged(s, c));
    assertEquals("ties at the boundary: flagging 5.2% (52 rows) instead of 5%; 12 rows share the score 0.5.",
        c.note());
  }

  @Test
  void equallyNearCountsPreferFlaggingFewer() {
    double[] s = blockAt(45, 10, 945); // 45 or 55 rows, both 5 from 50
    ThresholdChoice c = top(0.05, s);
    assertEquals(45, flagged(s, c));
    assertEquals(11, c.value());
  }

  @Test
  void constantScoresFlagNothingAndSaySo() {
    double[] s = new double[200];
    Arrays.fill(s, 0.7);
    ThresholdChoice c = top(0.05, s);
    assertEquals(0, flagged(s, c));
    assertEquals(Math.nextUp(0.7), c.value());
    assertEquals("all scores are equal (0.7): no threshold can flag 5%, so none is flagged. The detector cannot "
        + "tell these rows apart; try other features or another detector.", c.note());
  }

  @Test
  void aTieCoveringMostRowsAtTheTopCannotBeSplit() {
    // Categorical-only data: 65% of rows share the highest score.
    double[] s = blockAt(0, 650, 350);
    for (int i = 0; i < 650; i++) {
      s[i] = 2.0;
    }
    ThresholdChoice c = top(0.05, s);
    assertEquals(0, flagged(s, c));
    assertEquals("cannot flag 5%: 650 rows share the score 2 (the highest, 65% of the rows), so none is flagged. "
        + "Set a fixed threshold at or below 2 to flag them all.", c.note());
  }

  @Test
  void distinctScoresFlagExactlyTheShareWithoutANote() {
    double[] s = blockAt(1000, 0, 0);
    ThresholdChoice c = top(0.05, s);
    assertEquals(50, flagged(s, c));
    assertFalse(c.hasNote(), c.note());
    assertEquals(1000, flagged(s, top(1.0, s)));
  }

  @Test
  void mostlyNanScoresFlagWhatHasAScore() {
    double[] s = new double[100];
    Arrays.fill(s, Double.NaN);
    s[3] = 0.9;
    s[70] = 0.2;
    ThresholdChoice c = top(0.05, s);
    assertEquals(2, flagged(s, c));
    assertEquals("ties at the boundary: flagging 2% (2 rows) instead of 5%; only 2 rows have a score.", c.note());
    Arrays.fill(s, Double.NaN);
    ThresholdChoice none = top(0.05, s);
    assertEquals(0, flagged(s, none));
    assertEquals("no row has a score, so no row can be flagged.", none.note());
  }

  @Test
  void aShareBelowHalfARowFlagsNothingAndSaysSo() {
    double[] s = blockAt(100, 0, 0);
    ThresholdChoice c = top(0.001, s);
    assertEquals(0, flagged(s, c));
    assertEquals("0.1% of 100 rows rounds to 0 rows: none flagged. Ask for a larger share, or set a fixed "
        + "threshold.", c.note());
  }

  @Test
  void bestF1IgnoresFlagEverythingWhenAnotherThresholdExists() {
    // Anomalies are common and poorly separated: flagging all 6 rows has F1 0.8, the best.
    double[] s = {0.9, 0.5, 0.5, 0.1, 0.1, 0.1};
    int[] y = {0, 1, 1, 1, 1, 0};
    ThresholdChoice c = new ThresholdPolicy.BestF1().choose(new ThresholdContext(null, s, y, null));
    assertEquals(0.5, c.value());
    assertEquals(3, flagged(s, c));
    assertFalse(c.hasNote());
  }

  @Test
  void bestF1OnConstantScoresFlagsAllAndSaysWhy() {
    double[] s = new double[4032];
    Arrays.fill(s, 1.25);
    int[] y = new int[s.length];
    y[7] = 1;
    ThresholdChoice c = new ThresholdPolicy.BestF1().choose(new ThresholdContext(null, s, y, null));
    assertEquals(1.25, c.value());
    assertEquals(4032, flagged(s, c));
    assertEquals("every scored row has the same score, so best F1 can only flag all 4032 of them. The detector "
        + "cannot tell these rows apart; try other features or another detector.", c.note());
  }

  @Test
  void resolveAndChooseAgree() {
    double[] s = blockAt(30, 186, 784);
    assertEquals(top(0.05, s).value(), new ThresholdPolicy.Contamination(0.05).resolve(ThresholdContext.ofScores(s)));
  }
}
