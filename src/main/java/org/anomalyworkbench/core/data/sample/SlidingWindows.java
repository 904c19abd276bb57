package org.anomalyworkbench.core.data.sample;

import org.anomalyworkbench.core.data.SampleShape;

import java.util.ArrayList;
import java.util.List;

/**
 * The windows of a series of {@code points} points: window {@code i} covers points
 * {@code [start(i), start(i) + length)}, starts advance by {@code stride}, and when the strides
 * do not end exactly on the last point one more window, aligned to the end, is added, so that
 * every point lies in at least one window. Windows are never stored: {@link #copy} fills the
 * values of a few windows at a time from the series itself, so a series of a million points
 * needs its own floats plus one chunk of windows, not {@code length} times the series.
 */
public final class SlidingWindows {
  private final int points;
  private final int length;
  private final int stride;
  private final int regular;
  private final boolean tail;

  /**
   * @throws IllegalArgumentException with a message for the analyst when the series is shorter
   *     than one window, the length or stride is not positive, or the stride would skip points
   */
  public SlidingWindows(int points, int length, int stride) {
    if (length < 1 || stride < 1) {
      throw new IllegalArgumentException("The window length and stride must be at least 1 (length " + length
          + ", stride " + stride + ").");
    }
    if (stride > length) {
      throw new IllegalArgumentException("A stride of " + stride + " is longer than the window (" + length
          + " points) and would skip points; choose a stride of at most " + length + ".");
    }
    if (points < length) {
      throw new IllegalArgumentException("The series has " + points + " point" + (points == 1 ? "" : "s")
          + ", fewer than the window length " + length + "; choose a window of at most " + points + " points.");
    }
    this.points = points;
    this.length = length;
    this.stride = stride;
    this.regular = (points - length) / stride + 1;
    this.tail = (long) (regular - 1) * stride + length < points;
  }

  public int points() {
    return points;
  }

  public int length() {
    return length;
  }

  public int stride() {
    return stride;
  }

  /** Number of windows, the end-aligned one included. */
  public int count() {
    return regular + (tail ? 1 : 0);
  }

  /** First point of window {@code window}. */
  public int start(int window) {
    if (window < 0 || window >= count()) {
      throw new IndexOutOfBoundsException("window " + window + " of " + count());
    }
    return window < regular ? window * stride : points - length;
  }

  /**
   * Copies windows {@code from} (inclusive) to {@code to} (exclusive) of a point-major series
   * ({@code points x channels} floats) into one row-major matrix, a flattened window per row
   * in the point-major layout of {@link SampleShape.Window}.
   */
  public float[] copy(float[] series, int channels, int from, int to) {
    if ((long) points * channels != series.length) {
      throw new IllegalArgumentException("series has " + series.length + " values, not " + points + " x " + channels);
    }
    if (from < 0 || to > count() || from > to) {
      throw new IndexOutOfBoundsException("windows " + from + ".." + to + " of " + count());
    }
    int size = length * channels;
    float[] out = new float[Math.multiplyExact(to - from, size)];
    for (int w = from; w < to; w++) {
      System.arraycopy(series, start(w) * channels, out, (w - from) * size, size);
    }
    return out;
  }

  /**
   * Names of a flattened window's values, in layout order: {@code cpu[t-2]}, {@code cpu[t-1]},
   * {@code cpu[t]} for one channel {@code cpu} and length 3, where {@code t} is the window's
   * last point.
   */
  public List<String> featureNames(List<String> channels) {
    List<String> names = new ArrayList<>(length * channels.size());
    for (int p = 0; p < length; p++) {
      int back = length - 1 - p;
      for (String c : channels) {
        names.add(c + (back == 0 ? "[t]" : "[t-" + back + "]"));
      }
    }
    return names;
  }
}
