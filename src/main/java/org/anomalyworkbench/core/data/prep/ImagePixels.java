package org.anomalyworkbench.core.data.prep;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.anomalyworkbench.core.data.DataImportException;
import org.anomalyworkbench.core.data.Dataset;
import org.anomalyworkbench.core.data.PreparedData;
import org.anomalyworkbench.core.data.ImageOptions;
import org.anomalyworkbench.core.data.ImageSet;
import org.anomalyworkbench.core.data.SampleShape;

/**
 * The fitted preparation of images: how they were read (size, colour, fit: images scored later
 * must be read the same way) and how pixel values are scaled. {@link Scaling#MIN_MAX} maps the
 * fixed range 0..255 to [0, 1] (the default for images: nothing to fit, and black stays 0);
 * {@link Scaling#STANDARD} and {@link Scaling#ROBUST} centre and scale each colour channel by
 * its training mean/sd or median/IQR (per channel, not per pixel: a border pixel that is black
 * in every training image would otherwise be divided by a zero spread); {@link Scaling#NONE}
 * keeps 0..255.
 *
 * @param options the resolved options the images were read with
 * @param scaling how values are scaled
 * @param centre per channel, subtracted first
 * @param scale per channel, divided by after
 */
record ImagePixels(ImageOptions options, Scaling scaling, double[] centre, double[] scale) {

  static ImagePixels fit(ImageSet images, int[] trainingRows, Scaling scaling) {
    int channels = images.options().channels();
    double[] centre = new double[channels];
    double[] scale = new double[channels];
    int plane = images.options().width() * images.options().height();
    int size = plane * channels;
    byte[] pixels = images.pixels();
    for (int c = 0; c < channels; c++) {
      switch (scaling) {
        case MIN_MAX -> scale[c] = 255;
        case NONE -> scale[c] = 1;
        case STANDARD -> {
          double sum = 0;
          double sq = 0;
          for (int r : trainingRows) {
            int base = r * size + c * plane;
            for (int p = 0; p < plane; p++) {
              int v = pixels[base + p] & 0xFF;
              sum += v;
              sq += (double) v * v;
            }
          }
          double n = (double) trainingRows.length * plane;
          centre[c] = sum / n;
          double sd = Math.sqrt(Math.max(0, sq / n - centre[c] * centre[c]));
          scale[c] = sd > 1e-9 ? sd : 1;
        }
        case ROBUST -> {
          long[] counts = new long[256];
          for (int r : trainingRows) {
            int base = r * size + c * plane;
            for (int p = 0; p < plane; p++) {
              counts[pixels[base + p] & 0xFF]++;
            }
          }
          double n = (double) trainingRows.length * plane;
          centre[c] = quantile(counts, n, 0.5);
          double iqr = quantile(counts, n, 0.75) - quantile(counts, n, 0.25);
          scale[c] = iqr > 1e-9 ? iqr : 1;
        }
        default -> throw new IllegalStateException(scaling.toString());
      }
    }
    return new ImagePixels(images.options(), scaling, centre, scale);
  }

  private static double quantile(long[] counts, double n, double q) {
    double target = q * (n - 1);
    long seen = 0;
    for (int v = 0; v < counts.length; v++) {
      seen += counts[v];
      if (seen > target) {
        return v;
      }
    }
    return 255;
  }

  SampleShape.Image shape() {
    return new SampleShape.Image(options.height(), options.width(), options.channels());
  }

  /** One name per value, in sample order: "pixel 3,14" (row, column), or "red 3,14" in colour. */
  List<String> featureNames() {
    String[] channelNames = options.channels() == 1 ? new String[] {"pixel"} : new String[] {"red", "green", "blue"};
    List<String> out = new ArrayList<>(shape().size());
    for (String c : channelNames) {
      for (int y = 0; y < options.height(); y++) {
        for (int x = 0; x < options.width(); x++) {
          out.add(c + " " + y + "," + x);
        }
      }
    }
    return out;
  }

  /** Every image of {@code data} as scaled floats. */
  float[] transform(Dataset data) {
    Path source = data.source();
    if (!data.isImages()) {
      throw new DataImportException(source, 0, null, "The model was trained on images; open a folder of images "
          + "to score with it.");
    }
    ImageSet images = data.images();
    if (!images.options().equals(options)) {
      throw new DataImportException(source, 0, null, "The model reads images as " + options.describe()
          + ", but these were read as " + images.options().describe() + ". Open the folder again with the model's "
          + "image options.");
    }
    int size = shape().size();
    int plane = options.width() * options.height();
    float[] out = new float[Math.multiplyExact(images.size(), size)];
    byte[] pixels = images.pixels();
    // One lookup table per channel: 256 values, instead of a division per pixel.
    float[][] table = new float[options.channels()][256];
    for (int c = 0; c < table.length; c++) {
      for (int v = 0; v < 256; v++) {
        table[c][v] = (float) ((v - centre[c]) / scale[c]);
      }
    }
    for (int image = 0; image < images.size(); image++) {
      for (int c = 0; c < table.length; c++) {
        int base = image * size + c * plane;
        float[] t = table[c];
        for (int p = 0; p < plane; p++) {
          out[base + p] = t[pixels[base + p] & 0xFF];
        }
      }
    }
    return out;
  }

  /** Back from a prepared value to 0..255, for drawing a reconstruction. */
  double unscale(int channel, float value) {
    return value * scale[channel] + centre[channel];
  }

  PreparedData prepare(Dataset data, int[] labels) {
    return new PreparedData(transform(data), featureNames(), labels, shape());
  }
}
