package org.anomalyworkbench.core.detector.gan;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.anomalyworkbench.bench.Auc;
import org.anomalyworkbench.bench.DeepTuning;
import org.anomalyworkbench.core.compute.NativeEnvironment;
import org.anomalyworkbench.core.data.PreparedData;
import org.anomalyworkbench.core.detector.ConfigBinder;
import org.anomalyworkbench.core.detector.TrainingContext;

/**
 * Tuning tool for {@code gan} (run by hand): trains one GAN per set of {@code ../shared/data/tabular}
 * (z-scored on all rows, fitted without labels, as {@code bench}) and prints the ROC-AUC of every
 * score kind from that one training (reconstruction, latent, both, discriminator), so the score
 * kinds are compared on the same networks.
 *
 * <pre>
 * java -cp ... org.anomalyworkbench.core.detector.gan.GanTuning [--sets a,b] [--seed 42] [name=value ...]
 * </pre>
 */
public final class GanTuning {
  private GanTuning() {
  }

  public static void main(String[] args) throws Exception {
    NativeEnvironment.prepare();
    Path dir = Path.of("../shared/data/tabular");
    List<String> only = List.of();
    long seed = 42;
    Map<String, String> overrides = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--data" -> dir = Path.of(args[++i]);
        case "--sets" -> only = Arrays.asList(args[++i].split(","));
        case "--seed" -> seed = Long.parseLong(args[++i]);
        default -> {
          String[] kv = args[i].split("=", 2);
          overrides.put(kv[0], kv[1]);
        }
      }
    }
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
    }
    GanConfig config = ConfigBinder.bind(GanConfig.defaults(), overrides);
    System.out.println("gan overrides=" + overrides + " seed=" + seed);
    String[] kinds = {"rec", "lat", "disc", "-disc", "feat", "rec+lat", "rec+feat", "rec+.5feat", "rec+.25lat"};
    double[] sums = new double[kinds.length];
    double seconds = 0;
    int n = 0;
    for (Path f : files) {
      String name = f.getFileName().toString().replace(".csv", "");
      if (!only.isEmpty() && !only.contains(name)) {
        continue;
      }
      PreparedData data = DeepTuning.standardized(DeepTuning.readLabelled(f));
      long t0 = System.nanoTime();
      TrainedGan model = (TrainedGan) new GanDetector().train(data.withoutLabels(), config,
          TrainingContext.seeded(seed));
      double s = (System.nanoTime() - t0) / 1e9;
      TrainedGan.Parts train = model.parts(data.withoutLabels());
      TrainedGan.Parts p = train;
      double mr = mean(p.rec());
      double ml = mean(p.lat());
      double mf = mean(p.feat());
      int rows = data.rows();
      double[][] scores = new double[kinds.length][rows];
      for (int r = 0; r < rows; r++) {
        double rec = p.rec()[r] / mr;
        double lat = p.lat()[r] / ml;
        double feat = p.feat()[r] / mf;
        double[] v = {rec, lat, p.disc()[r], -p.disc()[r], feat, rec + lat, rec + feat, rec + 0.5 * feat, rec + 0.25 * lat};
        for (int k = 0; k < kinds.length; k++) {
          scores[k][r] = v[k];
        }
      }
      StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-12s %7d x %3d ", name, rows,
          data.columns()));
      for (int k = 0; k < kinds.length; k++) {
        double auc = Auc.rocAuc(scores[k], data.labels());
        sums[k] += auc;
        line.append(String.format(Locale.ROOT, " %s %.3f", kinds[k], auc));
      }
      System.out.println(line.append(String.format(Locale.ROOT, "  %5.1f s", s)));
      seconds += s;
      n++;
    }
    StringBuilder mean = new StringBuilder(String.format(Locale.ROOT, "%-12s %d sets       ", "mean", n));
    for (int k = 0; k < kinds.length; k++) {
      mean.append(String.format(Locale.ROOT, " %s %.3f", kinds[k], sums[k] / n));
    }
    System.out.println(mean.append(String.format(Locale.ROOT, "  %5.1f s", seconds)));
  }

  private static double mean(double[] v) {
    double s = 0;
    for (double x : v) {
      s += x;
    }
    return Math.max(1e-12, s / v.length);
  }
}
