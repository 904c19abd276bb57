package org.anomalyworkbench.ui.results;

/** Opens {@link ResultsFixtures} to the tests of other ui packages. */
public final class ResultsFixturesAccess {
  private ResultsFixturesAccess() {
  }

  /** See {@link ResultsFixtures#linear(int)}. */
  public static ResultsData linear(int n) {
    return ResultsFixtures.linear(n);
  }
}
