package org.anomalyworkbench.ui.results;

/**
 * Turns a strategy and its parameter into a threshold for one result. Implemented over core's
 * threshold policies, so the UI never computes a threshold rule itself.
 */
@FunctionalInterface
public interface ThresholdResolver {
  /**
   * @param parameter the strategy's parameter (ignored when it has none)
   * @throws IllegalArgumentException with a message for the user when the strategy cannot apply
   *     (e.g. best F1 without labels)
   */
  double resolve(ThresholdStrategy strategy, double parameter, ResultsData data);
}
