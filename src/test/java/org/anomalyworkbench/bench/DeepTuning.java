package org.anomalyworkbench.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.anomalyworkbench.core.compute.ComputeBackend;
import org.anomalyworkbench.core.compute.NativeEnvironment;
import org.anomalyworkbench.core.data.PreparedData;
import org.anomalyworkbench.core.detector.ConfigBinder;
import org.anomalyworkbench.core.detector.Detector;
import org.anomalyworkbench.core.detector.DetectorConfig;
import org.anomalyworkbench.core.detector.Scores;
import org.anomalyworkbench.core.detector.TrainedDetector;
import org.anomalyworkbench.core.detector.TrainingContext;
import org.anomalyworkbench.core.detector.autoencoder.AutoencoderDetector;
import org.anomalyworkbench.core.training.TrainingListener;

/**
 * Tuning bench for the deep detectors on the 17 classic outlier sets in
 * {@code ../shared/data/tabular}: fits each detector unsupervised on all rows (z-scored with
 * the mean and standard deviation of all rows, as the pipeline's default preparation), scores
 * all rows and prints ROC-AUC and seconds per set, and the mean.
 *
 * <pre>
 * java -cp ... org.anomalyworkbench.bench.DeepTuning [--detector autoencoder,vae,latent-knn,gan] [--data DIR]
 *     [--sets a,b] [--seed 1] [name=value ...]
 * </pre>
 * {@code name=value} pairs override the detector's default config (as on the CLI).
 */
public final class DeepTuning {
  private DeepTuning() {
  }

  public static void main(String[] args) throws IOException {
    NativeEnvironment.prepare();
    String detectorId = "autoencoder";
    Path dir = Path.of("../shared/data/tabular");
    List<String> only = List.of();
    long seed = 1;
    Map<String, String> overrides = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--detector" -> detectorId = args[++i];
        case "--data" -> dir = Path.of(args[++i]);
        case "--sets" -> only = Arrays.asList(args[++i].split(","));
        case "--seed" -> seed = Long.parseLong(args[++i]);
        default -> {
          String[] kv = args[i].split("=", 2);
          overrides.put(kv[0], kv[1]);
        }
      }
    }
    if (!Files.isDirectory(dir)) {
      System.err.println("No data directory " + dir.toAbsolutePath() + ": pass --data DIR");
      return;
    }
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
    }
    for (String id : detectorId.split(",")) {
      bench(detector(id), files, only, overrides, seed);
    }
  }

  private static void bench(Detector<?> detector, List<Path> files, List<String> only, Map<String, String> overrides,
      long seed) throws IOException {
    System.out.println(ComputeBackend.describe().summary() + "  detector=" + detector.id() + " overrides=" + overrides);
    double sum = 0;
    double seconds = 0;
    int n = 0;
    for (Path f : files) {
      String name = f.getFileName().toString().replace(".csv", "");
      if (!only.isEmpty() && !only.contains(name)) {
        continue;
      }
      PreparedData data = standardized(read(f));
      long t0 = System.nanoTime();
      Scores scores = run(detector, data, overrides, seed);
      double s = (System.nanoTime() - t0) / 1e9;
      double auc = Auc.rocAuc(scores.values(), data.labels());
      System.out.printf(Locale.ROOT, "%-12s %7d x %3d  AUC %.3f  %6.1f s  (%s)%n", name, data.rows(), data.columns(),
          auc, s, lastFit);
      sum += auc;
      seconds += s;
      n++;
    }
    System.out.printf(Locale.ROOT, "%-12s %d sets       AUC %.3f  %6.1f s%n", "mean", n, sum / n, seconds);
  }

  private static String lastFit = "";

  static Detector<?> detector(String id) {
    return switch (id) {
      case "autoencoder" -> new AutoencoderDetector();
      case "vae" -> new org.anomalyworkbench.core.detector.vae.VaeDetector();
      case "latent-knn" -> new org.anomalyworkbench.core.detector.latent.LatentKnnDetector();
      case "gan" -> new org.anomalyworkbench.core.detector.gan.GanDetector();
      default -> throw new IllegalArgumentException("unknown detector " + id);
    };
  }

  /** Fits on all rows without labels and scores all rows. */
  static <C extends Record & DetectorConfig> Scores run(Detector<C> detector, PreparedData data,
      Map<String, String> overrides, long seed) {
    C config = ConfigBinder.bind(detector.defaultConfig(), overrides);
    int[] epochs = new int[1];
    TrainingListener counter = p -> {
      if (p.epochEnd()) {
        epochs[0] = p.epoch();
      }
    };
    long t0 = System.nanoTime();
    TrainedDetector model = detector.train(data.withoutLabels(), config,
        new TrainingContext(seed, counter, null, null));
    lastFit = String.format(Locale.ROOT, "%3d ep %5.1f s fit", epochs[0], (System.nanoTime() - t0) / 1e9);
    return model.score(data);
  }

  /** Reads an all-numeric CSV whose last column is the 0/1 label (for tuning tools in other packages). */
  public static PreparedData readLabelled(Path file) throws IOException {
    return read(file);
  }

  /** Reads an all-numeric CSV whose last column is the 0/1 label. */
  static PreparedData read(Path file) throws IOException {
    try (BufferedReader in = Files.newBufferedReader(file)) {
      String[] header = in.readLine().split(",");
      int d = header.length - 1;
      List<String> names = Arrays.asList(header).subList(0, d);
      float[] values = new float[1 << 16];
      int[] labels = new int[1 << 12];
      int rows = 0;
      String line;
      while ((line = in.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        String[] parts = line.split(",");
        if ((rows + 1) * d > values.length) {
          values = Arrays.copyOf(values, values.length * 2);
        }
        if (rows >= labels.length) {
          labels = Arrays.copyOf(labels, labels.length * 2);
        }
        for (int j = 0; j < d; j++) {
          values[rows * d + j] = Float.parseFloat(parts[j]);
        }
        labels[rows] = (int) Double.parseDouble(parts[d]);
        rows++;
      }
      return new PreparedData(Arrays.copyOf(values, rows * d), new ArrayList<>(names), Arrays.copyOf(labels, rows));
    }
  }

  /** z-scores every column with the mean and standard deviation of all rows (constant columns become 0). */
  public static PreparedData standardized(PreparedData data) {
    int d = data.columns();
    int n = data.rows();
    float[] v = data.values().clone();
    for (int j = 0; j < d; j++) {
      double mean = 0;
      for (int r = 0; r < n; r++) {
        mean += v[r * d + j];
      }
      mean /= n;
      double var = 0;
      for (int r = 0; r < n; r++) {
        double e = v[r * d + j] - mean;
        var += e * e;
      }
      double sd = Math.sqrt(var / n);
      for (int r = 0; r < n; r++) {
        v[r * d + j] = sd > 0 ? (float) ((v[r * d + j] - mean) / sd) : 0f;
      }
    }
    return new PreparedData(v, data.featureNames(), data.labels());
  }
}
