package org.anomalyworkbench.ui.images;

import java.util.Arrays;
import org.anomalyworkbench.core.data.SampleShape;
import org.anomalyworkbench.core.detector.Scores;

/**
 * An image's error map from its row's contributions (per value of the flattened image,
 * channel-major): one magnitude per pixel, the channels' absolute contributions summed, and
 * one scale for a whole result so that maps are comparable.
 */
public final class HeatMap {
  /** Values sampled to find the scale: enough for a stable percentile, few enough to be instant. */
  static final int SCALE_SAMPLE = 200_000;
  /** The scale's top: a high percentile rather than the maximum, which one freak pixel would set. */
  static final double SCALE_PERCENTILE = 0.995;

  private HeatMap() {
  }

  /**
   * Per pixel ({@code height x width}, row-major), the sum over channels of the absolute
   * contribution; null when the scores carry no contributions of this size.
   */
  public static float[] of(Scores scores, int row, SampleShape.Image shape) {
    float[] c = scores.contributions();
    if (c == null || scores.featureNames().size() != shape.size()) {
      return null;
    }
    int plane = shape.height() * shape.width();
    float[] out = new float[plane];
    int base = row * shape.size();
    for (int ch = 0; ch < shape.channels(); ch++) {
      for (int p = 0; p < plane; p++) {
        out[p] += Math.abs(c[base + ch * plane + p]);
      }
    }
    return out;
  }

  /**
   * The magnitude mapped to the top of the colour scale: the {@value #SCALE_PERCENTILE}
   * quantile of per-pixel magnitudes over a spread sample of the images; 1 when there are none
   * or all are 0.
   */
  public static double scale(Scores scores, SampleShape.Image shape) {
    if (scores.contributions() == null || scores.featureNames().size() != shape.size() || scores.size() == 0) {
      return 1;
    }
    int plane = shape.height() * shape.width();
    int images = scores.size();
    int step = Math.max(1, (int) ((long) images * plane / SCALE_SAMPLE));
    float[] sample = new float[(int) Math.min((long) images * plane, SCALE_SAMPLE + plane)];
    int n = 0;
    for (int row = 0; row < images && n + plane <= sample.length; row += step) {
      float[] map = of(scores, row, shape);
      System.arraycopy(map, 0, sample, n, plane);
      n += plane;
    }
    float[] used = Arrays.copyOf(sample, n);
    Arrays.sort(used);
    double top = used.length == 0 ? 0 : used[Math.min(used.length - 1, (int) (SCALE_PERCENTILE * (used.length - 1)))];
    if (!(top > 0)) {
      top = used.length == 0 ? 0 : used[used.length - 1];
    }
    return top > 0 ? top : 1;
  }

  /** The map as overlay pixels (ARGB, transparent where there is no error). */
  public static int[] overlay(float[] map, double scale) {
    int[] out = new int[map.length];
    for (int i = 0; i < map.length; i++) {
      out[i] = HeatColours.argb(map[i] / scale);
    }
    return out;
  }

  /** The map as opaque pixels, for showing it on its own. */
  public static int[] opaque(float[] map, double scale) {
    int[] out = new int[map.length];
    for (int i = 0; i < map.length; i++) {
      out[i] = HeatColours.opaqueArgb(map[i] / scale);
    }
    return out;
  }
}
