package org.anomalyworkbench.core.scoring;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Chooses the threshold for "flag the top fraction" when scores may be tied. With the rule
 * {@code score >= threshold} a block of tied scores is flagged all together or not at all, so
 * the only reachable counts are the ends of tie blocks; this picks the reachable count nearest
 * to the target (the smaller one when both are as near), and explains the difference.
 */
final class ContaminationSearch {
  private ContaminationSearch() {
  }

  static ThresholdChoice choose(SortedScores sorted, double fraction) {
    int n = sorted.size();
    int scored = n - sorted.nanCount();
    String asked = ThresholdText.percent(fraction);
    if (scored == 0) {
      return new ThresholdChoice(Double.POSITIVE_INFINITY, "no row has a score, so no row can be flagged.");
    }
    int target = (int) Math.round(fraction * n);
    if (target == 0) {
      return new ThresholdChoice(Math.nextUp(sorted.max()), asked + " of " + n + " rows rounds to 0 rows: none "
          + "flagged. Ask for a larger share, or set a fixed threshold.");
    }
    double boundary = sorted.scoreAt(Math.min(target, scored) - 1);
    int through = sorted.countAtOrAbove(boundary);
    if (through == target) {
      return ThresholdChoice.exact(boundary);
    }
    // Rows strictly above the boundary score: the count reached by leaving the tie block out.
    int above = sorted.countAtOrAbove(Math.nextUp(boundary));
    int tied = through - above;
    String block = count(tied) + " rows share the score " + ThresholdText.number(boundary);
    if (above == 0 && tied == scored && target <= scored) {
      return new ThresholdChoice(Math.nextUp(boundary), "all scores are equal (" + ThresholdText.number(boundary)
          + "): no threshold can flag " + asked + ", so none is flagged. The detector cannot tell these rows "
          + "apart; try other features or another detector.");
    }
    boolean leaveOut = target - above <= through - target;
    if (leaveOut && above == 0) {
      return new ThresholdChoice(Math.nextUp(boundary), "cannot flag " + asked + ": " + block + " (the highest, "
          + share(tied, n) + " of the rows), so none is flagged. Set a fixed threshold at or below "
          + ThresholdText.number(boundary) + " to flag them all.");
    }
    if (leaveOut) {
      return new ThresholdChoice(sorted.scoreAt(above - 1), "ties at the boundary: flagging " + share(above, n)
          + " (" + count(above) + " rows) instead of " + asked + "; " + block + ", and flagging them too would "
          + "give " + share(through, n) + ".");
    }
    String why = through < target ? "only " + count(scored) + " rows have a score" : block;
    return new ThresholdChoice(boundary, "ties at the boundary: flagging " + share(through, n) + " ("
        + count(through) + " rows) instead of " + asked + "; " + why + ".");
  }

  /** {@code part / whole} as a percentage with three significant digits, e.g. "12.3%" or "5%". */
  static String share(int part, int whole) {
    if (whole == 0) {
      return "0%";
    }
    double pct = 100.0 * part / whole;
    return ThresholdText.number(new BigDecimal(pct).round(new MathContext(3)).doubleValue()) + "%";
  }

  private static String count(int n) {
    return String.format(java.util.Locale.ROOT, "%,d", n);
  }
}
