package org.anomalyworkbench.core.data.images;

import org.anomalyworkbench.core.data.ImageOptions;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;

/**
 * Turns one decoded image into the bytes of a sample: channel-major, {@code 0..255}, at the
 * target size and colour of resolved {@link ImageOptions}.
 *
 * <p>Grey files are read from their raster, not through {@link BufferedImage#getRGB}, which
 * treats Java's grey colour space as linear and would brighten every mid-grey. Colour files
 * become grey by the Rec. 601 luminance {@code 0.299 R + 0.587 G + 0.114 B}. Shrinking averages
 * the source pixels each target pixel covers (area resampling: no aliasing on thin strokes);
 * enlarging interpolates bilinearly. Transparent pixels are composed over black.
 */
final class PixelResampler {
  private PixelResampler() {
  }

  /** Whether the decoded image has a single grey channel. */
  static boolean isGrey(BufferedImage image) {
    return image.getColorModel().getColorSpace().getType() == ColorSpace.TYPE_GRAY
        && image.getRaster().getNumBands() <= 2;
  }

  /**
   * Writes {@code image} at {@code options}' size and colour into {@code out} from
   * {@code offset}, {@code channels x height x width} bytes.
   */
  static void write(BufferedImage image, ImageOptions options, byte[] out, int offset) {
    int channels = options.channels();
    float[][] planes = planes(image, channels);
    int sw = image.getWidth();
    int sh = image.getHeight();
    int tw = options.width();
    int th = options.height();
    int dw = tw;
    int dh = th;
    if (options.fit() == ImageOptions.Fit.PAD) {
      double f = Math.min(tw / (double) sw, th / (double) sh);
      dw = Math.max(1, Math.min(tw, (int) Math.round(sw * f)));
      dh = Math.max(1, Math.min(th, (int) Math.round(sh * f)));
    }
    int x0 = (tw - dw) / 2;
    int y0 = (th - dh) / 2;
    for (int c = 0; c < channels; c++) {
      float[] resized = resize(planes[c], sw, sh, dw, dh);
      int base = offset + c * th * tw;
      java.util.Arrays.fill(out, base, base + th * tw, (byte) 0);
      for (int y = 0; y < dh; y++) {
        for (int x = 0; x < dw; x++) {
          int v = Math.round(resized[y * dw + x]);
          out[base + (y0 + y) * tw + x0 + x] = (byte) Math.max(0, Math.min(255, v));
        }
      }
    }
  }

  /** The image's channels as {@code 0..255} float planes, row-major. */
  private static float[][] planes(BufferedImage image, int channels) {
    int w = image.getWidth();
    int h = image.getHeight();
    float[][] out = new float[channels][w * h];
    if (isGrey(image)) {
      Raster r = image.getRaster();
      int bits = image.getColorModel().getComponentSize(0);
      float scale = 255f / ((1 << bits) - 1);
      boolean alpha = r.getNumBands() == 2;
      float alphaScale = alpha ? 1f / ((1 << image.getColorModel().getComponentSize(1)) - 1) : 1f;
      for (int y = 0; y < h; y++) {
        for (int x = 0; x < w; x++) {
          float v = r.getSample(x, y, 0) * scale;
          if (alpha) {
            v *= r.getSample(x, y, 1) * alphaScale;
          }
          for (int c = 0; c < channels; c++) {
            out[c][y * w + x] = v;
          }
        }
      }
      return out;
    }
    int[] row = new int[w];
    for (int y = 0; y < h; y++) {
      image.getRGB(0, y, w, 1, row, 0, w);
      for (int x = 0; x < w; x++) {
        int argb = row[x];
        float a = image.getColorModel().hasAlpha() ? ((argb >>> 24) & 0xFF) / 255f : 1f;
        float red = ((argb >> 16) & 0xFF) * a;
        float green = ((argb >> 8) & 0xFF) * a;
        float blue = (argb & 0xFF) * a;
        if (channels == 1) {
          out[0][y * w + x] = 0.299f * red + 0.587f * green + 0.114f * blue;
        } else {
          out[0][y * w + x] = red;
          out[1][y * w + x] = green;
          out[2][y * w + x] = blue;
        }
      }
    }
    return out;
  }

  /** Resamples a plane: separably, rows then columns. */
  static float[] resize(float[] plane, int sw, int sh, int tw, int th) {
    if (sw == tw && sh == th) {
      return plane;
    }
    float[] rows = new float[tw * sh];
    for (int y = 0; y < sh; y++) {
      resample(plane, y * sw, 1, sw, rows, y * tw, 1, tw);
    }
    float[] out = new float[tw * th];
    for (int x = 0; x < tw; x++) {
      resample(rows, x, tw, sh, out, x, tw, th);
    }
    return out;
  }

  /** One line of {@code n} values (every {@code step}) resampled to {@code m} values. */
  private static void resample(float[] src, int srcStart, int srcStep, int n, float[] dst, int dstStart,
      int dstStep, int m) {
    double scale = n / (double) m;
    if (scale >= 1) {
      // Area: target pixel i covers source [i*scale, (i+1)*scale).
      for (int i = 0; i < m; i++) {
        double from = i * scale;
        double to = from + scale;
        double sum = 0;
        for (int s = (int) Math.floor(from); s < Math.min(n, (int) Math.ceil(to)); s++) {
          double overlap = Math.min(to, s + 1) - Math.max(from, s);
          sum += overlap * src[srcStart + s * srcStep];
        }
        dst[dstStart + i * dstStep] = (float) (sum / scale);
      }
      return;
    }
    for (int i = 0; i < m; i++) {
      double centre = (i + 0.5) * scale - 0.5;
      int left = (int) Math.floor(centre);
      double t = centre - left;
      float a = src[srcStart + Math.max(0, Math.min(n - 1, left)) * srcStep];
      float b = src[srcStart + Math.max(0, Math.min(n - 1, left + 1)) * srcStep];
      dst[dstStart + i * dstStep] = (float) (a + (b - a) * t);
    }
  }
}
