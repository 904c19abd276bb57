package org.anomalyworkbench.core.data;

import java.util.Locale;
import java.util.Objects;

/**
 * How a folder of images of any sizes becomes samples of one size: the colour mode, the size
 * every image is resized to, and how a different aspect ratio is fitted. {@link Colour#AUTO}
 * and a width/height of 0 are decided from the folder ({@link #resolve}); the resolved options
 * are saved with a model so that images scored later are read the same way.
 *
 * @param colour grey (one channel), RGB (three) or decided from the files
 * @param width width in pixels every image is resized to, 0 = decided from the folder
 * @param height height in pixels, 0 = decided from the folder
 * @param fit keep the aspect ratio and pad with black, or stretch to fill
 */
public record ImageOptions(Colour colour, int width, int height, Fit fit) {
  /** The longest side an automatic size keeps; larger images are scaled down to it. */
  public static final int AUTO_MAX_SIDE = 64;
  /** The longest side a chosen size may have. */
  public static final int MAX_SIDE = 1024;

  /** Channels per pixel. */
  public enum Colour {
    /** Grey when every file is grey, else RGB. */
    AUTO,
    /** One channel: luminance for colour files. */
    GREY,
    /** Three channels, red, green, blue. */
    RGB
  }

  /** What happens when an image's aspect ratio is not the target's. */
  public enum Fit {
    /** Scale to fit inside, centred, with black borders: shapes are not distorted. */
    PAD,
    /** Scale each side on its own to fill the target. */
    STRETCH
  }

  public ImageOptions {
    Objects.requireNonNull(colour, "colour");
    Objects.requireNonNull(fit, "fit");
    if (width < 0 || height < 0 || width > MAX_SIDE || height > MAX_SIDE) {
      throw new IllegalArgumentException("An image size must be between 1 and " + MAX_SIDE
          + " pixels a side (or 0 for automatic), not " + width + "x" + height + ".");
    }
    if ((width == 0) != (height == 0)) {
      throw new IllegalArgumentException("Give both the width and the height, or neither (automatic), not "
          + width + "x" + height + ".");
    }
  }

  /** Everything decided from the folder: the usual size up to 64 pixels a side, grey when all are. */
  public static ImageOptions automatic() {
    return new ImageOptions(Colour.AUTO, 0, 0, Fit.PAD);
  }

  /** True when nothing is left to decide from the files. */
  public boolean allDecided() {
    return colour != Colour.AUTO && width > 0;
  }

  public int channels() {
    return colour == Colour.RGB ? 3 : 1;
  }

  public ImageOptions withSize(int w, int h) {
    return new ImageOptions(colour, w, h, fit);
  }

  public ImageOptions withColour(Colour c) {
    return new ImageOptions(c, width, height, fit);
  }

  public ImageOptions withFit(Fit f) {
    return new ImageOptions(colour, width, height, f);
  }

  /**
   * The options with AUTO parts decided: the colour from whether every file is grey, the size
   * from the most common size, scaled down so that its longer side is at most
   * {@value #AUTO_MAX_SIDE} (keeping its aspect).
   */
  public ImageOptions resolve(int commonWidth, int commonHeight, boolean allGrey) {
    Colour c = colour != Colour.AUTO ? colour : allGrey ? Colour.GREY : Colour.RGB;
    int w = width;
    int h = height;
    if (w == 0) {
      double f = Math.min(1.0, AUTO_MAX_SIDE / (double) Math.max(commonWidth, commonHeight));
      w = Math.max(1, (int) Math.round(commonWidth * f));
      h = Math.max(1, (int) Math.round(commonHeight * f));
    }
    return new ImageOptions(c, w, h, fit);
  }

  /** Reads {@code WxH} (such as {@code 28x28}), or {@code auto}. */
  public static int[] parseSize(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    if (t.equals("auto")) {
      return new int[] {0, 0};
    }
    String[] parts = t.split("[x×*]");
    try {
      if (parts.length == 2) {
        return new int[] {Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim())};
      }
    } catch (NumberFormatException e) {
      // fall through to the message
    }
    throw new IllegalArgumentException("'" + text + "' is not an image size: write WIDTHxHEIGHT, such as 28x28, or auto.");
  }

  /** Such as "28x28 grey, padded". */
  public String describe() {
    String size = width == 0 ? "automatic size" : width + "x" + height;
    String c = switch (colour) {
      case AUTO -> "automatic colour";
      case GREY -> "grey";
      case RGB -> "RGB";
    };
    return size + " " + c + (fit == Fit.PAD ? ", aspect kept (padded)" : ", stretched");
  }
}
