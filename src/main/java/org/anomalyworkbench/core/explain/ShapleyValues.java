package org.anomalyworkbench.core.explain;

import java.util.List;

/**
 * The Shapley values of one row's score: how much each feature group moved the score away from
 * the background's mean score. They add up: {@code base + sum(values) = score}.
 *
 * @param groupNames one name per group (a feature name, or "points 5-8", "patch 2,3")
 * @param values one value per group, in the score's units
 * @param base the mean score of the background rows (no group taken from the row)
 * @param score the row's own score (every group taken from the row)
 * @param exact true when every coalition was evaluated, false when coalitions were sampled
 * @param coalitions how many coalitions were evaluated
 */
public record ShapleyValues(List<String> groupNames, double[] values, double base, double score, boolean exact,
    int coalitions) {

  public ShapleyValues {
    groupNames = List.copyOf(groupNames);
    if (values.length != groupNames.size()) {
      throw new IllegalArgumentException(values.length + " values for " + groupNames.size() + " groups");
    }
  }
}
