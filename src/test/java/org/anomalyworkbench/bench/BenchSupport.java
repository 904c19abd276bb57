package org.anomalyworkbench.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Small helpers the speed benchmarks share (not a test): the seeded 100k x 30 training file
 * that both our side and the PyTorch side read, process memory from {@code /proc}, medians.
 */
final class BenchSupport {
  /** Rows and columns of the training benchmark's data file. */
  static final int TRAIN_ROWS = 100_000;
  static final int TRAIN_COLS = 30;
  /** Latent factors behind the columns, so an 8-unit bottleneck has something to learn. */
  private static final int FACTORS = 6;

  private BenchSupport() {
  }

  /** The default training data file, shared with {@code src/bench/train_torch.py}. */
  static Path defaultTrainFile() {
    return Path.of(System.getProperty("java.io.tmpdir"), "awb-bench", "train-100k-30.csv");
  }

  /**
   * Writes the training file unless it exists: header {@code f1..f30}, then rows
   * {@code offset + scale * (z W + 0.1 e)} with {@code z} 6 standard normal factors, {@code W}
   * a seeded mixing matrix and {@code e} standard normal noise, 6 decimals (about 30 MB).
   */
  static Path ensureTrainFile(Path file) throws IOException {
    if (Files.exists(file)) {
      return file;
    }
    Files.createDirectories(file.getParent());
    SplittableRandom rnd = new SplittableRandom(20240601L);
    double[][] mix = new double[FACTORS][TRAIN_COLS];
    for (double[] row : mix) {
      for (int c = 0; c < TRAIN_COLS; c++) {
        row[c] = gaussian(rnd) / Math.sqrt(FACTORS);
      }
    }
    double[] scale = new double[TRAIN_COLS];
    double[] offset = new double[TRAIN_COLS];
    for (int c = 0; c < TRAIN_COLS; c++) {
      scale[c] = Math.pow(10, rnd.nextInt(-1, 3));
      offset[c] = rnd.nextDouble(-50, 50);
    }
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.US_ASCII)) {
      StringBuilder sb = new StringBuilder();
      for (int c = 0; c < TRAIN_COLS; c++) {
        sb.append(c == 0 ? "f" : ",f").append(c + 1);
      }
      w.write(sb.append('\n').toString());
      double[] z = new double[FACTORS];
      for (int r = 0; r < TRAIN_ROWS; r++) {
        for (int k = 0; k < FACTORS; k++) {
          z[k] = gaussian(rnd);
        }
        sb.setLength(0);
        for (int c = 0; c < TRAIN_COLS; c++) {
          double v = 0.1 * gaussian(rnd);
          for (int k = 0; k < FACTORS; k++) {
            v += z[k] * mix[k][c];
          }
          sb.append(c == 0 ? "" : ",").append(String.format(java.util.Locale.ROOT, "%.6f", offset[c] + scale[c] * v));
        }
        w.write(sb.append('\n').toString());
      }
    }
    Files.move(tmp, file);
    return file;
  }

  static double gaussian(SplittableRandom rnd) {
    double u = 1 - rnd.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rnd.nextDouble());
  }

  /** Current resident set size in MB ({@code VmRSS}), -1 where /proc is unavailable. */
  static long rssMb() {
    return statusMb("VmRSS:");
  }

  /** Peak resident set size in MB ({@code VmHWM}), -1 where /proc is unavailable. */
  static long peakRssMb() {
    return statusMb("VmHWM:");
  }

  private static long statusMb(String key) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith(key)) {
          return Long.parseLong(line.replaceAll("\\D", "")) >> 10;
        }
      }
    } catch (IOException | RuntimeException e) {
      return -1;
    }
    return -1;
  }

  /** Used heap in MB right now (garbage included). */
  static long heapMb() {
    Runtime rt = Runtime.getRuntime();
    return (rt.totalMemory() - rt.freeMemory()) >> 20;
  }

  static double median(double[] values) {
    if (values.length == 0) {
      return Double.NaN;
    }
    double[] s = values.clone();
    Arrays.sort(s);
    int n = s.length;
    return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
  }

  /** {@code --name value} from {@code args}, or {@code fallback}. */
  static String option(String[] args, String name, String fallback) {
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals("--" + name)) {
        return args[i + 1];
      }
    }
    return fallback;
  }
}
