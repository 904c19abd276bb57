package org.anomalyworkbench.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.anomalyworkbench.core.benchmark.DetectorBenchmark;
import org.anomalyworkbench.core.data.Dataset;
import org.anomalyworkbench.core.data.PreparedData;
import org.anomalyworkbench.core.detector.TrainedDetector;
import org.anomalyworkbench.core.detector.TrainingContext;
import org.anomalyworkbench.core.detector.registry.DetectorRegistry;

/**
 * Scouting for issue 15: trains the default ensemble on all rows, drops the share {@code trim}
 * of training rows it scores highest, retrains each member on the rest and writes every
 * member's scores of all rows to {@code OUT/<set>/<member>-trim<pct>.txt}. Not a test.
 */
public final class TrimmedMemberScores {
  private TrimmedMemberScores() {
  }

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    Path out = Path.of(args[1]);
    double trim = Double.parseDouble(args[2]);
    List<String> members = List.of(args[3].split(","));
    for (Path file : DetectorBenchmark.datasets(dir)) {
      Dataset data = MemberScores.labelled(file);
      PreparedData p = MemberScores.prepared(data).withoutLabels();
      long t0 = System.nanoTime();
      double[] first = DetectorRegistry.train("ensemble", Map.of(), p, TrainingContext.seeded(42)).score(p).values();
      Integer[] order = IntStream.range(0, p.rows()).boxed().toArray(Integer[]::new);
      Arrays.sort(order, Comparator.comparingDouble(i -> first[i]));
      int keep = p.rows() - (int) Math.round(trim * p.rows());
      int[] kept = new int[keep];
      for (int i = 0; i < keep; i++) {
        kept[i] = order[i];
      }
      Arrays.sort(kept);
      PreparedData cleaned = p.select(kept);
      Path setDir = out.resolve(data.name());
      Files.createDirectories(setDir);
      for (String m : members) {
        TrainedDetector d = DetectorRegistry.train(m, Map.of(), cleaned, TrainingContext.seeded(42));
        double[] s = d.score(p).values();
        Files.writeString(setDir.resolve(m + "-trim" + Math.round(trim * 100) + ".txt"),
            Arrays.stream(s).mapToObj(Double::toString).collect(Collectors.joining("\n")));
      }
      System.out.printf("%s %.1f s%n", data.name(), (System.nanoTime() - t0) / 1e9);
    }
  }
}
