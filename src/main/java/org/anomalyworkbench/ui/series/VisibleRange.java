package org.anomalyworkbench.ui.series;

/**
 * The points {@code [from, to)} the series view shows, in time order.
 *
 * @param from first visible point
 * @param to one past the last visible point
 */
public record VisibleRange(int from, int to) {

  /** @throws IllegalArgumentException unless {@code 0 <= from < to} */
  public VisibleRange {
    if (from < 0 || to <= from) {
      throw new IllegalArgumentException("A visible range needs 0 <= from < to, not [" + from + ", " + to + ").");
    }
  }

  /** Number of visible points. */
  public int span() {
    return to - from;
  }

  /**
   * The range of {@code span} points (at least {@code minSpan}) that keeps {@code anchor} at
   * the same fraction of the view as in this range, clamped to {@code [0, points)}.
   */
  VisibleRange around(double anchor, long span, int minSpan, int points) {
    int s = (int) Math.max(Math.min(minSpan, points), Math.min(points, span));
    double fraction = (anchor - from) / span();
    long start = Math.round(anchor - fraction * s);
    return clamp(start, s, points);
  }

  /** {@code span} points from {@code start}, shifted (not shrunk) to lie inside {@code [0, points)}. */
  static VisibleRange clamp(long start, int span, int points) {
    int s = Math.max(1, Math.min(span, points));
    long f = Math.max(0, Math.min(points - s, start));
    return new VisibleRange((int) f, (int) f + s);
  }
}
