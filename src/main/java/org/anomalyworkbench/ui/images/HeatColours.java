package org.anomalyworkbench.ui.images;

/**
 * The colour scale of error heat maps: 0 (no error) is fully transparent, so the image shows
 * through, and larger errors turn from a faint yellow through orange to an opaque red. One scale
 * for every image of a result (see {@link HeatMap#scale}), so that two maps can be compared.
 */
public final class HeatColours {
  /** Yellow, orange, red, dark red: readable over black digits and over photos. */
  private static final int[][] STOPS = {{0xff, 0xe0, 0x3c}, {0xff, 0x8c, 0x1a}, {0xe5, 0x2b, 0x1f}, {0x9e, 0x0c, 0x3a}};
  /** Opacity at the top of the scale: the image under the hottest pixels still shows a little. */
  private static final double MAX_ALPHA = 0.85;
  /** Errors below this share of the scale stay transparent: every pixel has some error, and a veil over the whole image hides where it is large. */
  static final double FLOOR = 0.2;

  private HeatColours() {
  }

  /**
   * The ARGB colour of an error at {@code t} of the scale (clamped to 0..1; NaN counts as 0).
   * Below {@link #FLOOR} it is transparent; above, alpha grows linearly to its maximum and the
   * hue runs yellow → red.
   */
  public static int argb(double t) {
    double x = Double.isNaN(t) ? 0 : Math.max(0, Math.min(1, t));
    if (x <= FLOOR) {
      return 0;
    }
    double pos = x * (STOPS.length - 1);
    int i = Math.min(STOPS.length - 2, (int) pos);
    double f = pos - i;
    int r = channel(i, 0, f);
    int g = channel(i, 1, f);
    int b = channel(i, 2, f);
    int a = (int) Math.round(255 * MAX_ALPHA * (x - FLOOR) / (1 - FLOOR));
    return (a << 24) | (r << 16) | (g << 8) | b;
  }

  /**
   * The same hue, opaque, with no floor: for the error map shown on its own beside the image,
   * where every error is drawn (dark for small, bright for large).
   */
  public static int opaqueArgb(double t) {
    double x = Double.isNaN(t) ? 0 : Math.max(0, Math.min(1, t));
    if (x == 0) {
      return 0xff000000;
    }
    double pos = x * (STOPS.length - 1);
    int i = Math.min(STOPS.length - 2, (int) pos);
    double f = pos - i;
    int c = (channel(i, 0, f) << 16) | (channel(i, 1, f) << 8) | channel(i, 2, f);
    // Blend over black by the error's size, so low errors are dark, high ones bright.
    double alpha = Math.sqrt(x);
    int r = (int) Math.round(((c >> 16) & 0xff) * alpha);
    int g = (int) Math.round(((c >> 8) & 0xff) * alpha);
    int b = (int) Math.round((c & 0xff) * alpha);
    return 0xff000000 | (r << 16) | (g << 8) | b;
  }

  private static int channel(int stop, int c, double f) {
    return (int) Math.round(STOPS[stop][c] + f * (STOPS[stop + 1][c] - STOPS[stop][c]));
  }
}
