package org.anomalyworkbench.core.report.document;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.anomalyworkbench.core.data.ImageSet;

/**
 * Small PNG pictures of images as the detector read them, and of where their scores come from
 * (per-pixel contributions as a heat map), for a report's top records.
 */
final class Thumbnails {
  /** Pictures smaller than this are enlarged by whole pixels so that a 28x28 digit is legible. */
  private static final int MIN_SIDE = 56;

  private Thumbnails() {
  }

  /** The image as read (the detector's size and colour), PNG. */
  static byte[] image(ImageSet set, int image) {
    int w = set.options().width();
    int h = set.options().height();
    int ch = set.options().channels();
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int p = y * w + x;
        int r = set.value(image, p);
        int g = ch == 3 ? set.value(image, w * h + p) : r;
        int b = ch == 3 ? set.value(image, 2 * w * h + p) : r;
        out.setRGB(x, y, (r << 16) | (g << 8) | b);
      }
    }
    return png(enlarged(out));
  }

  /**
   * Per-pixel contributions (summed over colour channels, channel-major as the detector's
   * samples) scaled to the image's own largest one: black = none, through red to yellow.
   *
   * @return PNG, or {@code null} when the contributions are not one per pixel value
   */
  static byte[] heatMap(ImageSet set, float[] contributions) {
    int w = set.options().width();
    int h = set.options().height();
    int ch = set.options().channels();
    if (contributions.length != w * h * ch) {
      return null;
    }
    double[] perPixel = new double[w * h];
    double max = 0;
    for (int c = 0; c < ch; c++) {
      for (int p = 0; p < w * h; p++) {
        perPixel[p] += Math.max(0, contributions[c * w * h + p]);
      }
    }
    for (double v : perPixel) {
      max = Math.max(max, v);
    }
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    for (int p = 0; p < w * h; p++) {
      double t = max > 0 ? perPixel[p] / max : 0;
      int r = (int) Math.round(255 * Math.min(1, 2 * t));
      int g = (int) Math.round(255 * Math.max(0, 2 * t - 1));
      out.setRGB(p % w, p / w, (r << 16) | (g << 8));
    }
    return png(enlarged(out));
  }

  private static BufferedImage enlarged(BufferedImage in) {
    int factor = Math.max(1, (int) Math.ceil((double) MIN_SIDE / Math.max(in.getWidth(), in.getHeight())));
    if (factor == 1) {
      return in;
    }
    BufferedImage out = new BufferedImage(in.getWidth() * factor, in.getHeight() * factor, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < out.getHeight(); y++) {
      for (int x = 0; x < out.getWidth(); x++) {
        out.setRGB(x, y, in.getRGB(x / factor, y / factor));
      }
    }
    return out;
  }

  static byte[] png(BufferedImage image) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("PNG encoding in memory failed", e);
    }
    return bytes.toByteArray();
  }
}
