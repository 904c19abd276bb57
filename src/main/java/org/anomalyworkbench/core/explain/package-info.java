/**
 * Model-agnostic explanations: Shapley values of a detector's score over features (or groups of
 * features: a window's points, an image's patches) against a background of normal rows.
 */
package org.anomalyworkbench.core.explain;
