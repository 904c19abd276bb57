package org.anomalyworkbench.core.report.document;

import java.util.List;

/**
 * One flagged event of a series (consecutive flagged points in time order), ranked by its
 * peak score.
 *
 * @param rank 1 = highest peak
 * @param from the first point's time, as the data writes it
 * @param to the last point's time
 * @param points how many points the event spans
 * @param peakScore the highest score inside it
 * @param peakRow the 0-based row (file order) of that peak
 * @param explanation the features contributing most at the peak, with their shares
 */
public record TopEvent(int rank, String from, String to, int points, double peakScore, int peakRow,
    List<Setting> explanation) {

  public TopEvent {
    explanation = List.copyOf(explanation);
  }
}
