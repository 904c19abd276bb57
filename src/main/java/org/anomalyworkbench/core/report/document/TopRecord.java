package org.anomalyworkbench.core.report.document;

import java.util.List;

/**
 * One of the most anomalous records of a run, with what explains its score.
 *
 * @param rank 1 = highest score
 * @param row the 0-based row in the dataset (reports print it 1-based, as the window does)
 * @param score its score
 * @param flagged whether the run flags it
 * @param label its 0/1 label, or -1 without labels
 * @param values its original values (or, for an image, its file and class), as text
 * @param explanation the features contributing most, each with its share of the score, e.g.
 *     ("x3", "62%")
 * @param thumbnail for an image: the image as read, PNG; else {@code null}
 * @param heatMap for an image: where its score comes from (the per-pixel contributions), PNG;
 *     {@code null} for a table or a detector without per-pixel contributions
 */
public record TopRecord(int rank, int row, double score, boolean flagged, int label, List<Setting> values,
    List<Setting> explanation, byte[] thumbnail, byte[] heatMap) {

  public TopRecord {
    values = List.copyOf(values);
    explanation = List.copyOf(explanation);
  }
}
