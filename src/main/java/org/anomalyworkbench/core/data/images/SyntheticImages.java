package org.anomalyworkbench.core.data.images;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * A small generated image folder with known anomalies, for the window's built-in sample and
 * for trying the image path without data: {@code normal/} holds one soft round blob per image at
 * a random place and size, {@code odd/} a few images with a bar, a ring or two blobs instead.
 * Seeded: the same pixels every time.
 */
public final class SyntheticImages {
  private SyntheticImages() {
  }

  /**
   * Writes {@code normal} + {@code odd} grey PNGs of {@code size x size} pixels under
   * {@code folder} (created if needed) and returns it.
   */
  public static Path write(Path folder, int normal, int odd, int size, long seed) throws IOException {
    Random random = new Random(seed);
    for (int i = 0; i < normal; i++) {
      save(blobs(size, random, 1), folder.resolve("normal").resolve(String.format("blob-%04d.png", i)));
    }
    for (int i = 0; i < odd; i++) {
      BufferedImage image = switch (i % 3) {
        case 0 -> bar(size, random);
        case 1 -> ring(size, random);
        default -> blobs(size, random, 2);
      };
      save(image, folder.resolve("odd").resolve(String.format("odd-%03d.png", i)));
    }
    return folder;
  }

  private static void save(BufferedImage image, Path file) throws IOException {
    Files.createDirectories(file.getParent());
    ImageIO.write(image, "png", file.toFile());
  }

  private static BufferedImage blobs(int size, Random random, int count) {
    double[] v = noise(size, random);
    for (int b = 0; b < count; b++) {
      double cx = size * (0.3 + 0.4 * random.nextDouble());
      double cy = size * (0.3 + 0.4 * random.nextDouble());
      double r = size * (0.12 + 0.08 * random.nextDouble());
      for (int y = 0; y < size; y++) {
        for (int x = 0; x < size; x++) {
          double d2 = ((x - cx) * (x - cx) + (y - cy) * (y - cy)) / (r * r);
          v[y * size + x] += 210 * Math.exp(-d2);
        }
      }
    }
    return grey(size, v);
  }

  private static BufferedImage bar(int size, Random random) {
    double[] v = noise(size, random);
    boolean horizontal = random.nextBoolean();
    int at = size / 4 + random.nextInt(size / 2);
    for (int y = 0; y < size; y++) {
      for (int x = 0; x < size; x++) {
        if (Math.abs((horizontal ? y : x) - at) <= 1 && (horizontal ? x : y) > 2 && (horizontal ? x : y) < size - 3) {
          v[y * size + x] += 200;
        }
      }
    }
    return grey(size, v);
  }

  private static BufferedImage ring(int size, Random random) {
    double[] v = noise(size, random);
    double c = size / 2.0 + random.nextGaussian();
    double r = size * 0.3;
    for (int y = 0; y < size; y++) {
      for (int x = 0; x < size; x++) {
        double d = Math.hypot(x - c, y - c);
        v[y * size + x] += 200 * Math.exp(-(d - r) * (d - r) / 1.5);
      }
    }
    return grey(size, v);
  }

  private static double[] noise(int size, Random random) {
    double[] v = new double[size * size];
    for (int i = 0; i < v.length; i++) {
      v[i] = 12 + 8 * random.nextGaussian();
    }
    return v;
  }

  private static BufferedImage grey(int size, double[] v) {
    BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_GRAY);
    for (int y = 0; y < size; y++) {
      for (int x = 0; x < size; x++) {
        image.getRaster().setSample(x, y, 0, (int) Math.max(0, Math.min(255, Math.round(v[y * size + x]))));
      }
    }
    return image;
  }
}
