package org.anomalyworkbench.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.anomalyworkbench.core.benchmark.BenchmarkRow;
import org.anomalyworkbench.core.benchmark.DetectorBenchmark;
import org.anomalyworkbench.core.benchmark.SeriesBenchmark;
import org.anomalyworkbench.core.benchmark.TrainRowsProtocol;
import org.anomalyworkbench.core.scoring.ThresholdPolicy;
import org.anomalyworkbench.core.detector.registry.DetectorRegistry;
import org.anomalyworkbench.core.archive.AtomicFiles;
import org.anomalyworkbench.core.training.CancellationToken;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bench}: unsupervised detectors on a folder of labelled CSVs, ADBench style. */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Fit each detector on all rows (without labels) of every labelled CSV in a folder "
        + "(last column = 0/1 label) and report ROC-AUC, PR-AUC and timings.")
final class BenchCommand implements Callable<Integer> {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--data", required = true, paramLabel = "DIR",
      description = "Folder of labelled CSV files (tabular, timeseries), or of one sub-folder of images per class (images).")
  Path dir;

  @Option(names = "--detectors", split = ",", paramLabel = "ID",
      description = "Detector ids, comma-separated. Default: every unsupervised detector.")
  List<String> detectors;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "CSV to write, one row per dataset and detector.")
  Path out;

  @Option(names = "--seed", defaultValue = "42", description = "Random seed. Default: ${DEFAULT-VALUE}.")
  long seed;

  /** Which protocol {@code bench} runs. */
  enum Kind { tabular, timeseries, images }

  @Option(names = "--kind", defaultValue = "tabular", paramLabel = "KIND",
      description = "tabular: one labelled table per CSV (last column = label). timeseries: one series per CSV under "
          + "the folder, recursively (time, value[, more values], label); adds event_recall, event_precision, event_f1 "
          + "(top 1%% flagged) and vus_pr, with the rolling z-score baseline. images: one sub-folder per class; each "
          + "class in turn is normal: train on a seeded 80%% of it, score its other 20%% and every other image "
          + "(dataset = the normal class). Default: ${DEFAULT-VALUE}.")
  Kind kind;

  @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE",
      description = "A parameter for every detector listed (repeatable), e.g. --detectors lstm -p smoothing=8, "
          + "--detectors gan -p score=discriminator or --detectors ensemble -p trim=0.")
  Map<String, String> parameters = new LinkedHashMap<>();

  @Option(names = "--holdout", defaultValue = "0", paramLabel = "SHARE",
      description = "tabular: PyOD's benchmark protocol: fit on a random 1 - SHARE of the rows, judge the other "
          + "SHARE, mean over --repeats random splits (PyOD's table: 0.4 and 10). 0 (default) = fit and judge on "
          + "all rows.")
  double holdout;

  @Option(names = "--repeats", defaultValue = "10", paramLabel = "N",
      description = "With --holdout: how many random splits (seeds SEED, SEED + 1, ...). Default: ${DEFAULT-VALUE}.")
  int repeats;

  @Option(names = "--train-rows", defaultValue = "0", paramLabel = "N",
      description = "timeseries: the SKAB protocol: train on each series' first N points, flag every later point with "
          + "--threshold resolved on the training points, and report point-wise F1 pooled over all series. "
          + "0 = the default protocol.")
  int trainRows;

  @Option(names = "--threshold", defaultValue = "train-quantile:0.99x1.5", paramLabel = "POLICY",
      description = "With --train-rows: the threshold, resolved on the training points. Default: ${DEFAULT-VALUE} "
          + "(SKAB's rule).")
  String threshold;

  @Option(names = "--window", defaultValue = "32", paramLabel = "POINTS",
      description = "timeseries: detectors of table rows read windows of this many points. Default: ${DEFAULT-VALUE}.")
  int window;

  @Override
  public Integer call() throws Exception {
    OutputPaths.of(spec).input("--data", dir).output("--out", out).check();
    PrintWriter printer = spec.commandLine().getOut();
    if (holdout != 0 && kind != Kind.tabular) {
      throw new IllegalArgumentException("--holdout is a protocol for tables (--kind tabular); series and images "
          + "have their own splits.");
    }
    if (kind == Kind.timeseries) {
      return trainRows > 0 ? trainRows(printer) : series(printer);
    }
    List<BenchmarkRow> rows;
    printer.printf(Locale.ROOT, "%-14s %-17s %9s %5s %8s %8s %9s %9s%n", "dataset", "detector", "rows", "feat",
        "roc_auc", "pr_auc", "fit_s", "score_s");
    java.util.function.Consumer<BenchmarkRow> show = r -> {
      printer.printf(Locale.ROOT, "%-14s %-17s %9d %5d %8.4f %8.4f %9.2f %9.2f%n", r.dataset(), r.detector(), r.rows(),
          r.features(), r.rocAuc(), r.prAuc(), r.fitSeconds(), r.scoreSeconds());
      printer.flush();
    };
    if (kind == Kind.images) {
      List<String> ids = detectors != null ? detectors : imageDetectors();
      var images = org.anomalyworkbench.core.data.images.ImageFolderImporter.read(dir,
          org.anomalyworkbench.core.data.ImageOptions.automatic(),
          org.anomalyworkbench.core.data.images.ImageFolderImporter.Progress.NONE, () -> false);
      spec.commandLine().getErr().println(images.summary());
      rows = org.anomalyworkbench.core.benchmark.ImageBenchmark.run(images, ids, parameters, seed, show,
          CancellationToken.none());
    } else {
      List<String> ids = detectors != null ? detectors
          : DetectorRegistry.unsupervisedTabular().stream().map(d -> d.id()).toList();
      List<Path> files = DetectorBenchmark.datasets(dir);
      if (files.isEmpty()) {
        throw new IllegalArgumentException("No .csv files in " + dir + ".");
      }
      rows = DetectorBenchmark.run(files, ids, parameters, seed,
          holdout > 0 ? new DetectorBenchmark.Holdout(holdout, repeats) : null, show, CancellationToken.none());
    }
    List<String> lines = new ArrayList<>();
    lines.add(BenchmarkRow.HEADER);
    rows.forEach(r -> lines.add(r.toCsv()));
    AtomicFiles.write(out, s -> s.write((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8)));
    printMeans(printer, rows);
    printer.println("Wrote " + out);
    return 0;
  }

  private int series(PrintWriter printer) throws Exception {
    List<String> ids = detectors != null ? detectors : List.of("lstm", "autoencoder", "isolation-forest");
    List<Path> files = SeriesBenchmark.series(dir);
    if (files.isEmpty()) {
      throw new IllegalArgumentException("No .csv files under " + dir + ".");
    }
    printer.printf(Locale.ROOT, "%-34s %-22s %7s %8s %8s %8s %8s %8s%n", "series", "detector", "points", "roc_auc",
        "pr_auc", "event_f1", "vus_pr", "fit_s");
    List<SeriesBenchmark.Row> rows = SeriesBenchmark.run(files, ids, parameters, window, seed, r -> {
      printer.printf(Locale.ROOT, "%-34s %-22s %7d %8.4f %8.4f %8.4f %8.4f %8.2f%n", r.row().dataset(),
          r.row().detector(), r.row().rows(), r.row().rocAuc(), r.row().prAuc(), r.evaluation().eventF1(),
          r.evaluation().vusPr(), r.row().fitSeconds());
      printer.flush();
    }, CancellationToken.none());
    List<String> lines = new ArrayList<>();
    lines.add(SeriesBenchmark.Row.HEADER);
    rows.forEach(r -> lines.add(r.toCsv()));
    AtomicFiles.write(out, s -> s.write((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8)));
    Map<String, List<SeriesBenchmark.Row>> byDetector = new LinkedHashMap<>();
    rows.stream().filter(r -> r.evaluation().labelledEvents() > 0)
        .forEach(r -> byDetector.computeIfAbsent(r.row().detector(), k -> new ArrayList<>()).add(r));
    printer.println();
    printer.printf(Locale.ROOT, "%-22s %8s %8s %8s %8s %8s %11s%n", "mean (labelled series)", "roc_auc", "pr_auc",
        "event_f1", "vus_pr", "series", "fit_s_sum");
    byDetector.forEach((id, list) -> printer.printf(Locale.ROOT, "%-22s %8.4f %8.4f %8.4f %8.4f %8d %11.2f%n", id,
        list.stream().mapToDouble(r -> r.row().rocAuc()).average().orElse(Double.NaN),
        list.stream().mapToDouble(r -> r.row().prAuc()).average().orElse(Double.NaN),
        list.stream().mapToDouble(r -> r.evaluation().eventF1()).average().orElse(Double.NaN),
        list.stream().mapToDouble(r -> r.evaluation().vusPr()).average().orElse(Double.NaN),
        list.size(), list.stream().mapToDouble(r -> r.row().fitSeconds()).sum()));
    printer.println("Wrote " + out);
    return 0;
  }

  private int trainRows(PrintWriter printer) throws Exception {
    ThresholdPolicy policy = ThresholdPolicy.parse(threshold);
    List<String> ids = detectors != null ? detectors : List.of("lstm", "autoencoder", "isolation-forest");
    List<Path> files = SeriesBenchmark.series(dir);
    if (files.isEmpty()) {
      throw new IllegalArgumentException("No .csv files under " + dir + ".");
    }
    printer.printf(Locale.ROOT, "%-22s %-26s %6s %6s %6s %6s %7s %8s%n", "series", "detector", "test", "tp", "fp",
        "fn", "f1", "fit_s");
    List<TrainRowsProtocol.Row> rows = TrainRowsProtocol.run(files, ids, parameters, window, trainRows, policy, seed,
        r -> {
          printer.printf(Locale.ROOT, "%-22s %-26s %6d %6d %6d %6d %7.4f %8.2f%n", r.series(), r.detector(),
              r.testPoints(), r.tp(), r.fp(), r.fn(), r.f1(), r.fitSeconds());
          printer.flush();
        }, CancellationToken.none());
    List<String> lines = new ArrayList<>();
    lines.add(TrainRowsProtocol.Row.HEADER);
    rows.forEach(r -> lines.add(r.toCsv()));
    AtomicFiles.write(out, s -> s.write((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8)));
    Map<String, List<TrainRowsProtocol.Row>> byDetector = new LinkedHashMap<>();
    rows.forEach(r -> byDetector.computeIfAbsent(r.detector(), k -> new ArrayList<>()).add(r));
    printer.println();
    printer.printf(Locale.ROOT, "%-26s %9s %7s %11s%n", "pooled over " + files.size() + " series", "f1", "series",
        "fit_s_sum");
    byDetector.forEach((id, list) -> printer.printf(Locale.ROOT, "%-26s %9.4f %7d %11.2f%n", id,
        TrainRowsProtocol.pooledF1(list), list.size(), list.stream().mapToDouble(TrainRowsProtocol.Row::fitSeconds).sum()));
    printer.println("Wrote " + out);
    return 0;
  }

  /** conv-autoencoder when present, and the two references the issue compares it with. */
  private static List<String> imageDetectors() {
    List<String> ids = new ArrayList<>();
    if (DetectorRegistry.all().stream().anyMatch(d -> d.id().equals("conv-autoencoder"))) {
      ids.add("conv-autoencoder");
    }
    ids.addAll(List.of("autoencoder", "isolation-forest"));
    return ids;
  }

  private static void printMeans(PrintWriter printer, List<BenchmarkRow> rows) {
    Map<String, List<BenchmarkRow>> byDetector = new LinkedHashMap<>();
    rows.forEach(r -> byDetector.computeIfAbsent(r.detector(), k -> new ArrayList<>()).add(r));
    printer.println();
    printer.printf(Locale.ROOT, "%-17s %8s %8s %11s %11s %5s%n", "mean", "roc_auc", "pr_auc", "fit_s_sum", "score_s_sum", "sets");
    byDetector.forEach((id, list) -> printer.printf(Locale.ROOT, "%-17s %8.4f %8.4f %11.2f %11.2f %5d%n", id,
        list.stream().mapToDouble(BenchmarkRow::rocAuc).average().orElse(Double.NaN),
        list.stream().mapToDouble(BenchmarkRow::prAuc).average().orElse(Double.NaN),
        list.stream().mapToDouble(BenchmarkRow::fitSeconds).sum(),
        list.stream().mapToDouble(BenchmarkRow::scoreSeconds).sum(), list.size()));
  }
}
