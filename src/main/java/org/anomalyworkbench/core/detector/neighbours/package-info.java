/**
 * Distance-based detectors in the prepared feature space: k-nearest-neighbour distance and the
 * local outlier factor, over one exact neighbour search (a k-d tree for few features, blocked
 * brute force otherwise).
 */
package org.anomalyworkbench.core.detector.neighbours;
