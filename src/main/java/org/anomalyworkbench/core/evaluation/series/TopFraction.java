package org.anomalyworkbench.core.evaluation.series;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.anomalyworkbench.core.scoring.SortedScores;

/**
 * The benchmark's fixed operating point ("event F1 at the top 1%"): flag the highest-scoring
 * fraction of a series' points, so detectors are compared without each needing its own
 * threshold.
 *
 * <p>Exactly {@link #count} points are flagged, never more: when scores tie across the cut,
 * the earlier points win, so the result depends only on the scores and their order in time,
 * and every detector is judged on the same number of alarms. NaN scores rank below every
 * number (they are flagged only when the fraction reaches them).
 */
public final class TopFraction {
  private TopFraction() {
  }

  /**
   * {@code ceil(fraction * points)}, at least 1 for a non-empty series. The product is taken
   * in decimal, on the fraction as written (0.07 of 100 points is 7, not the 8 that the binary
   * product 7.000000000000001 would round up to).
   *
   * @throws IllegalArgumentException unless {@code 0 < fraction <= 1} and {@code points >= 0}
   */
  public static int count(int points, double fraction) {
    if (!(fraction > 0 && fraction <= 1)) {
      throw new IllegalArgumentException("The fraction of points to flag must be in (0, 1], not " + fraction + ".");
    }
    if (points < 0) {
      throw new IllegalArgumentException("A series cannot have " + points + " points.");
    }
    return BigDecimal.valueOf(fraction).multiply(BigDecimal.valueOf(points)).setScale(0, RoundingMode.CEILING)
        .intValueExact();
  }

  /**
   * Flags the {@link #count} highest-scoring points; among equal scores, earlier points first.
   *
   * @throws IllegalArgumentException unless {@code 0 < fraction <= 1}
   */
  public static boolean[] flags(double[] scores, double fraction) {
    int k = count(scores.length, fraction);
    boolean[] flags = new boolean[scores.length];
    // SortedScores ranks equal scores by ascending index and NaN last: exactly the order wanted.
    for (int row : new SortedScores(scores).topRows(k)) {
      flags[row] = true;
    }
    return flags;
  }
}
