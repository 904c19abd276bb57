package org.anomalyworkbench.core.evaluation.series;

/**
 * One event of a series: the time points {@code [start, end)} of a maximal run of labelled
 * (or flagged) points.
 *
 * @param start first point of the run
 * @param end one past the last point of the run
 */
public record EventSpan(int start, int end) {

  /** @throws IllegalArgumentException unless {@code 0 <= start < end} */
  public EventSpan {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("An event spans [start, end) with 0 <= start < end, not [" + start + ", "
          + end + ").");
    }
  }

  /** Number of points in the event. */
  public int length() {
    return end - start;
  }

  /** Whether point {@code point} lies in the event. */
  public boolean contains(int point) {
    return point >= start && point < end;
  }
}
