package org.anomalyworkbench.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.anomalyworkbench.core.benchmark.DetectorBenchmark;
import org.anomalyworkbench.core.data.Dataset;
import org.anomalyworkbench.core.data.PreparedData;
import org.anomalyworkbench.core.data.csv.CsvImportOptions;
import org.anomalyworkbench.core.data.csv.CsvImporter;
import org.anomalyworkbench.core.data.prep.Preparation;
import org.anomalyworkbench.core.data.prep.PreparationConfig;
import org.anomalyworkbench.core.detector.registry.DetectorRegistry;
import org.anomalyworkbench.core.detector.TrainingContext;

/**
 * Writes every candidate member's scores on every labelled set (bench protocol: all rows, no
 * labels, defaults, seed 42) to {@code OUT/<set>/<detector>.txt}, plus {@code labels.txt}, so
 * that ways of combining them can be compared offline without retraining
 * ({@code src/bench/ensemble_combos.py}). Existing files are kept (a stopped run resumes).
 * Not a test; run by hand:
 * {@code java -cp ... org.anomalyworkbench.bench.MemberScores ../shared/data/tabular /tmp/members iforest,...}
 */
public final class MemberScores {
  private MemberScores() {
  }

  /** A benchmark file as {@code bench} reads it: last column the label. */
  static Dataset labelled(Path file) {
    return DetectorBenchmark.labelLastColumn(CsvImporter.read(file, CsvImportOptions.defaults()));
  }

  /** The bench protocol's preparation: fitted on all rows, no validation split; labels kept. */
  static PreparedData prepared(Dataset data) {
    int[] all = IntStream.range(0, data.rows()).toArray();
    return Preparation.fit(data, all, PreparationConfig.defaults().withValidationFraction(0)).transform(data);
  }

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    Path out = Path.of(args[1]);
    List<String> candidates = List.of(args[2].split(","));
    for (Path file : DetectorBenchmark.datasets(dir)) {
      Dataset data = labelled(file);
      PreparedData p = prepared(data);
      Path setDir = out.resolve(data.name());
      Files.createDirectories(setDir);
      Files.writeString(setDir.resolve("labels.txt"),
          IntStream.of(p.labels()).mapToObj(Integer::toString).collect(Collectors.joining("\n")));
      for (String spec : candidates) {
        // "name=id?k=v&k=v" trains id with those parameters under another name.
        int eq = spec.indexOf('=');
        int q = spec.indexOf('?');
        String name = eq > 0 && (q < 0 || eq < q) ? spec.substring(0, eq) : spec;
        String rest = name.equals(spec) ? spec : spec.substring(spec.indexOf('=') + 1);
        String id = rest.contains("?") ? rest.substring(0, rest.indexOf('?')) : rest;
        Map<String, String> params = new java.util.LinkedHashMap<>();
        if (rest.contains("?")) {
          for (String kv : rest.substring(rest.indexOf('?') + 1).split("&")) {
            params.put(kv.substring(0, kv.indexOf('=')), kv.substring(kv.indexOf('=') + 1));
          }
        }
        Path target = setDir.resolve(name + ".txt");
        if (Files.exists(target)) {
          continue;
        }
        long t0 = System.nanoTime();
        double[] s = DetectorRegistry.train(id, params, p.withoutLabels(), TrainingContext.seeded(42))
            .score(p.withoutLabels()).values();
        Files.writeString(target, java.util.Arrays.stream(s).mapToObj(Double::toString)
            .collect(Collectors.joining("\n")));
        System.out.printf("%s %s %.1f s%n", data.name(), name, (System.nanoTime() - t0) / 1e9);
      }
    }
  }
}
