package org.anomalyworkbench.ui.images;

import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.anomalyworkbench.core.data.ImageSet;
import org.anomalyworkbench.core.data.SampleShape;

/** Images of an {@link ImageSet} (bytes, channel-major) and of pixel arrays as JavaFX images. */
public final class Pixels {
  private Pixels() {
  }

  /** One image of {@code images} as opaque ARGB pixels, row-major. */
  public static int[] argb(ImageSet images, int image) {
    SampleShape.Image shape = images.shape();
    int plane = shape.height() * shape.width();
    int[] out = new int[plane];
    byte[] px = images.pixels();
    int base = image * shape.size();
    if (shape.channels() == 1) {
      for (int p = 0; p < plane; p++) {
        int v = px[base + p] & 0xff;
        out[p] = 0xff000000 | (v << 16) | (v << 8) | v;
      }
    } else {
      for (int p = 0; p < plane; p++) {
        int r = px[base + p] & 0xff;
        int g = px[base + plane + p] & 0xff;
        int b = px[base + 2 * plane + p] & 0xff;
        out[p] = 0xff000000 | (r << 16) | (g << 8) | b;
      }
    }
    return out;
  }

  /** Values 0..255 per channel (channel-major, like a sample) as opaque ARGB pixels. */
  public static int[] argb(double[] values, SampleShape.Image shape) {
    int plane = shape.height() * shape.width();
    int[] out = new int[plane];
    for (int p = 0; p < plane; p++) {
      int r = clamp(values[p]);
      int g = shape.channels() == 1 ? r : clamp(values[plane + p]);
      int b = shape.channels() == 1 ? r : clamp(values[2 * plane + p]);
      out[p] = 0xff000000 | (r << 16) | (g << 8) | b;
    }
    return out;
  }

  private static int clamp(double v) {
    return (int) Math.round(Math.max(0, Math.min(255, Double.isNaN(v) ? 0 : v)));
  }

  /** A {@code width x height} image of ARGB pixels. */
  public static WritableImage image(int[] argb, int width, int height) {
    WritableImage img = new WritableImage(width, height);
    img.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
    return img;
  }
}
