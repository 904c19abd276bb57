package org.anomalyworkbench.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.anomalyworkbench.core.data.ColumnInfo;
import org.anomalyworkbench.core.data.ColumnRole;
import org.anomalyworkbench.core.data.Dataset;
import org.anomalyworkbench.core.data.PreparedData;
import org.anomalyworkbench.core.data.Schema;
import org.anomalyworkbench.core.data.csv.CsvImportOptions;
import org.anomalyworkbench.core.data.csv.CsvImporter;
import org.anomalyworkbench.core.data.prep.Preparation;
import org.anomalyworkbench.core.data.prep.PreparationConfig;
import org.anomalyworkbench.core.detector.registry.DetectorRegistry;
import org.anomalyworkbench.core.detector.TrainingContext;
import org.anomalyworkbench.core.evaluation.Metrics;

/**
 * Chooses the ensemble's default members honestly: trains every candidate once per dataset
 * (bench protocol: all rows, no labels, default settings) and prints the mean ROC-AUC of the
 * rank-average of every subset of two or more candidates. Not a test; run by hand:
 * {@code java -cp ... org.anomalyworkbench.bench.EnsembleTuning ../shared/data/tabular zscore,mad,...}
 */
public final class EnsembleTuning {
  private EnsembleTuning() {
  }

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args.length > 0 ? args[0] : "../shared/data/tabular");
    List<String> candidates = List.of((args.length > 1 ? args[1] : "zscore,mad,isolation-forest,autoencoder,latent-knn,vae").split(","));
    Map<String, List<Double>> aucs = new LinkedHashMap<>();
    for (Path file : org.anomalyworkbench.core.benchmark.DetectorBenchmark.datasets(dir)) {
      Dataset data = CsvImporter.read(file, CsvImportOptions.defaults());
      List<ColumnInfo> cols = new ArrayList<>();
      for (int i = 0; i < data.schema().columns().size(); i++) {
        cols.add(data.schema().columns().get(i).withRole(i == data.schema().columns().size() - 1 ? ColumnRole.LABEL : ColumnRole.FEATURE));
      }
      data = data.withSchema(new Schema(cols));
      int[] all = IntStream.range(0, data.rows()).toArray();
      PreparedData p = Preparation.fit(data, all, PreparationConfig.defaults().withValidationFraction(0)).transform(data);
      double[][] ranks = new double[candidates.size()][];
      for (int c = 0; c < candidates.size(); c++) {
        double[] s = DetectorRegistry.train(candidates.get(c), Map.of(), p.withoutLabels(), TrainingContext.seeded(42))
            .score(p.withoutLabels()).values();
        ranks[c] = ranks(s);
      }
      for (int mask = 1; mask < (1 << candidates.size()); mask++) {
        if (Integer.bitCount(mask) < 1) {
          continue;
        }
        double[] avg = new double[p.rows()];
        for (int c = 0; c < candidates.size(); c++) {
          if ((mask & (1 << c)) != 0) {
            for (int r = 0; r < avg.length; r++) {
              avg[r] += ranks[c][r];
            }
          }
        }
        aucs.computeIfAbsent(name(candidates, mask), k -> new ArrayList<>()).add(Metrics.rocAuc(avg, p.labels()));
      }
      System.out.println("done " + file.getFileName());
    }
    aucs.entrySet().stream()
        .sorted((a, b) -> Double.compare(mean(b.getValue()), mean(a.getValue())))
        .limit(25)
        .forEach(e -> System.out.printf("%.4f  %s%n", mean(e.getValue()), e.getKey()));
  }

  private static double mean(List<Double> v) {
    return v.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
  }

  private static String name(List<String> candidates, int mask) {
    List<String> out = new ArrayList<>();
    for (int c = 0; c < candidates.size(); c++) {
      if ((mask & (1 << c)) != 0) {
        out.add(candidates.get(c));
      }
    }
    return String.join(",", out);
  }

  private static double[] ranks(double[] s) {
    Integer[] idx = IntStream.range(0, s.length).boxed().toArray(Integer[]::new);
    Arrays.sort(idx, (a, b) -> Double.compare(s[a], s[b]));
    double[] r = new double[s.length];
    int i = 0;
    while (i < idx.length) {
      int j = i;
      while (j + 1 < idx.length && s[idx[j + 1]] == s[idx[i]]) {
        j++;
      }
      double mid = (i + j) / 2.0 / s.length;
      for (int k = i; k <= j; k++) {
        r[idx[k]] = mid;
      }
      i = j + 1;
    }
    return r;
  }
}
