package org.anomalyworkbench.core.data.images;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import javax.imageio.ImageIO;

/** Writes small image folders for tests: known pixels, known classes, known bad files. */
public final class TestImages {
  private TestImages() {
  }

  /** A grey image filled with {@code value}. */
  public static BufferedImage grey(int width, int height, int value) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        image.getRaster().setSample(x, y, 0, value);
      }
    }
    return image;
  }

  /** An RGB image filled with one colour. */
  public static BufferedImage rgb(int width, int height, int r, int g, int b) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        image.setRGB(x, y, (r << 16) | (g << 8) | b);
      }
    }
    return image;
  }

  public static Path write(BufferedImage image, Path file) {
    try {
      Files.createDirectories(file.getParent());
      String name = file.getFileName().toString();
      String format = name.substring(name.lastIndexOf('.') + 1).toLowerCase(java.util.Locale.ROOT);
      if (!ImageIO.write(image, format.equals("jpg") ? "jpeg" : format, file.toFile())) {
        throw new IOException("no writer for " + format);
      }
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A folder of two classes of {@code size x size} grey images: "normal" holds a bright
   * horizontal bar at a random height plus noise, "odd" a vertical bar; {@code perClass} each.
   */
  public static Path bars(Path folder, int perClass, int size, long seed) {
    Random random = new Random(seed);
    for (int i = 0; i < perClass; i++) {
      write(bar(size, random, true), folder.resolve("normal").resolve(String.format("n%03d.png", i)));
      write(bar(size, random, false), folder.resolve("odd").resolve(String.format("o%03d.png", i)));
    }
    return folder;
  }

  private static BufferedImage bar(int size, Random random, boolean horizontal) {
    BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_GRAY);
    int at = 1 + random.nextInt(size - 2);
    for (int y = 0; y < size; y++) {
      for (int x = 0; x < size; x++) {
        boolean on = horizontal ? Math.abs(y - at) <= 1 : Math.abs(x - at) <= 1;
        int v = (on ? 200 : 20) + random.nextInt(30);
        image.getRaster().setSample(x, y, 0, v);
      }
    }
    return image;
  }
}
