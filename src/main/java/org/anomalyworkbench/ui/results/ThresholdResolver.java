package org.anomalyworkbench.ui.results;

import org.anomalyworkbench.core.scoring.ThresholdChoice;

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
   * @return the threshold, with a note when tied scores keep it from doing what it says
   */
  ThresholdChoice resolve(ThresholdStrategy strategy, double parameter, ResultsData data);
}
