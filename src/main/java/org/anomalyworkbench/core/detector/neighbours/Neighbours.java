package org.anomalyworkbench.core.detector.neighbours;

/**
 * The {@code k} nearest reference points of each query, nearest first.
 *
 * @param k neighbours per query
 * @param distances {@code queries x k} Euclidean distances, ascending per query
 * @param indices {@code queries x k} reference indices, in the same order
 */
record Neighbours(int k, float[] distances, int[] indices) {

  int queries() {
    return distances.length / k;
  }

  float distance(int query, int rank) {
    return distances[query * k + rank];
  }

  int index(int query, int rank) {
    return indices[query * k + rank];
  }
}
