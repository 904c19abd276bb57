package org.anomalyworkbench.ui.results;

/** Lets tests outside this package use the hand-written contamination resolver. */
public final class ResultsFixturesAccess {
  private ResultsFixturesAccess() {
  }

  public static double topPercent(ThresholdStrategy s, double p, ResultsData d) {
    return ResultsFixtures.topPercent(s, p, d);
  }
}
