package org.anomalyworkbench.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.anomalyworkbench.core.data.PreparedData;
import org.anomalyworkbench.core.detector.Detector;
import org.anomalyworkbench.core.detector.DetectorConfig;
import org.anomalyworkbench.core.detector.Scores;
import org.anomalyworkbench.core.detector.TrainedDetector;
import org.anomalyworkbench.core.detector.TrainingContext;
import org.anomalyworkbench.core.detector.iforest.IsolationForestDetector;
import org.anomalyworkbench.core.detector.statistical.MadDetector;
import org.anomalyworkbench.core.detector.statistical.ZScoreDetector;
import org.anomalyworkbench.core.evaluation.Metrics;

/**
 * Not a unit test: fits the classical detectors on every labelled CSV of
 * {@code ../shared/data/tabular} (all rows, no labels, raw features, seed 0) and prints ROC-AUC,
 * average precision and fit/score times per dataset, then the means. The reference is
 * scikit-learn's IsolationForest (seed 0) with a mean ROC-AUC of 0.855 over these 17 sets.
 *
 * <p>Run: {@code mvn -q -B -o test-compile} then
 * {@code java -cp target/classes:target/test-classes:<deps> org.anomalyworkbench.bench.ClassicBench [dir] [seeds]}.
 */
public final class ClassicBench {
  private ClassicBench() {
  }

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "../shared/data/tabular");
    int seeds = args.length > 1 ? Integer.parseInt(args[1]) : 1;
    if (!Files.isDirectory(dir)) {
      System.out.println("No data at " + dir.toAbsolutePath() + "; nothing to do.");
      return;
    }
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
    }
    List<Detector<?>> detectors = List.of(new IsolationForestDetector(), new ZScoreDetector(), new MadDetector());
    double[][] aucSums = new double[detectors.size()][files.size()];
    System.out.printf(Locale.ROOT, "%-14s %8s %4s  %-44s%n", "dataset", "rows", "d",
        "ROC-AUC / AP / fit s / score s  for iforest | zscore | mad");
    for (int f = 0; f < files.size(); f++) {
      PreparedData data = read(files.get(f));
      StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-14s %8d %4d ",
          files.get(f).getFileName().toString().replace(".csv", ""), data.rows(), data.columns()));
      for (int k = 0; k < detectors.size(); k++) {
        double auc = 0;
        double ap = 0;
        double fit = 0;
        double score = 0;
        int runs = k == 0 ? seeds : 1;
        for (int seed = 0; seed < runs; seed++) {
          long t0 = System.nanoTime();
          TrainedDetector model = train(detectors.get(k), data.withoutLabels(), seed);
          long t1 = System.nanoTime();
          Scores s = model.score(data.withoutLabels());
          long t2 = System.nanoTime();
          auc += Metrics.rocAuc(s.values(), data.labels()) / runs;
          ap += Metrics.averagePrecision(s.values(), data.labels()) / runs;
          fit += (t1 - t0) / 1e9 / runs;
          score += (t2 - t1) / 1e9 / runs;
        }
        aucSums[k][f] = auc;
        line.append(String.format(Locale.ROOT, "| %.3f %.3f %5.2f %5.2f ", auc, ap, fit, score));
      }
      System.out.println(line);
    }
    StringBuilder mean = new StringBuilder(String.format(Locale.ROOT, "%-28s", "mean ROC-AUC"));
    for (double[] a : aucSums) {
      mean.append(String.format(Locale.ROOT, "| %.4f                ", Arrays.stream(a).average().orElse(Double.NaN)));
    }
    System.out.println(mean);
    System.out.println("reference: scikit-learn IsolationForest (seed 0) mean ROC-AUC 0.855");
  }

  private static <C extends Record & DetectorConfig> TrainedDetector train(Detector<C> d, PreparedData data,
      long seed) {
    return d.train(data, d.defaultConfig(), TrainingContext.seeded(seed));
  }

  /** A tiny parser for all-numeric CSVs whose last column is the 0/1 label. */
  public static PreparedData read(Path file) throws IOException {
    try (BufferedReader in = Files.newBufferedReader(file)) {
      String[] header = in.readLine().split(",");
      int d = header.length - 1;
      float[] values = new float[1 << 16];
      int[] labels = new int[1 << 12];
      int rows = 0;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        String[] cells = line.split(",");
        if ((rows + 1) * d > values.length) {
          values = Arrays.copyOf(values, values.length * 2);
        }
        if (rows == labels.length) {
          labels = Arrays.copyOf(labels, rows * 2);
        }
        for (int c = 0; c < d; c++) {
          values[rows * d + c] = Float.parseFloat(cells[c]);
        }
        labels[rows++] = (int) Double.parseDouble(cells[d]);
      }
      List<String> names = new ArrayList<>(Arrays.asList(header).subList(0, d));
      return new PreparedData(Arrays.copyOf(values, rows * d), names, Arrays.copyOf(labels, rows));
    }
  }
}
