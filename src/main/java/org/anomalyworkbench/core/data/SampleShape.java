package org.anomalyworkbench.core.data;


/**
 * The shape of one sample as a detector receives it, flattened to {@link #size()} floats.
 * The layouts are fixed so that every detector and every map back to the source agree:
 * a window is point-major (all channels of its first point, then of the second, ...); an
 * image is channel-major ({@code channels x height x width}, as DL4J's convolution layers
 * expect).
 */
public sealed interface SampleShape {

  /** Floats in one flattened sample. */
  int size();

  /** The kind of data samples of this shape come from. */
  DataKind kind();

  /** One table row of {@code features} prepared values. */
  record Row(int features) implements SampleShape {
    public Row {
      positive(features, "features");
    }

    @Override
    public int size() {
      return features;
    }

    @Override
    public DataKind kind() {
      return DataKind.TABULAR;
    }
  }

  /** {@code length} consecutive points of a series with {@code channels} values each. */
  record Window(int length, int channels) implements SampleShape {
    public Window {
      positive(length, "window length");
      positive(channels, "channels");
      checkedProduct(length, channels, 1);
    }

    @Override
    public int size() {
      return length * channels;
    }

    @Override
    public DataKind kind() {
      return DataKind.TIME_SERIES;
    }

    /** Index in a flattened window of {@code channel} at {@code point} (0-based within the window). */
    public int index(int point, int channel) {
      return point * channels + channel;
    }
  }

  /** An image of {@code height x width} pixels with {@code channels} values each (1 grey, 3 RGB). */
  record Image(int height, int width, int channels) implements SampleShape {
    public Image {
      positive(height, "image height");
      positive(width, "image width");
      positive(channels, "channels");
      checkedProduct(height, width, channels);
    }

    @Override
    public int size() {
      return height * width * channels;
    }

    @Override
    public DataKind kind() {
      return DataKind.IMAGES;
    }

    /** Index in a flattened image of {@code channel} at pixel ({@code y}, {@code x}). */
    public int index(int channel, int y, int x) {
      return (channel * height + y) * width + x;
    }
  }

  private static void positive(int value, String what) {
    if (value < 1) {
      throw new IllegalArgumentException("The " + what + " must be at least 1, not " + value + ".");
    }
  }

  private static void checkedProduct(int a, int b, int c) {
    if ((long) a * b * c > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("A sample of " + a + " x " + b + " x " + c
          + " values is too large to hold; choose a smaller window or image size.");
    }
  }
}
