package org.anomalyworkbench.core.report.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.anomalyworkbench.core.evaluation.Evaluation;
import org.anomalyworkbench.core.training.RunProvenance;

/**
 * Everything a report prints, derived once from a {@link ReportInput} so that the HTML and the
 * PDF show the same numbers: the dataset summary, per run its facts and charts, and the
 * comparison when there are several runs. Also the words both formats use for them.
 *
 * @param input what the report was made from
 * @param dataset the first run's data
 * @param runs the facts of each run, in input order
 * @param histograms one score histogram per run
 * @param losses one training curve per run, {@code null} where it was not recorded
 * @param comparison how the runs agree, or {@code null} for a single run
 */
public record ReportContent(ReportInput input, DatasetSummary dataset, List<RunFacts> runs, List<Chart> histograms,
    List<Chart> losses, RunComparison comparison) {
  /** What the report says where a run's training curve was not kept. */
  public static final String LOSS_NOT_RECORDED = "Not recorded: model files do not keep the training curve, so "
      + "a report made from a saved model has none; a report exported from the window right after training shows it. "
      + "Detectors trained without epochs (isolation forest, LOF, density, z-score) have no curve at all.";

  public ReportContent {
    runs = List.copyOf(runs);
    histograms = List.copyOf(histograms);
    losses = java.util.Collections.unmodifiableList(new ArrayList<>(losses));
  }

  /** Derives the content of {@code input}: metrics, curves, top records and charts. */
  public static ReportContent of(ReportInput input) {
    List<RunFacts> facts = new ArrayList<>();
    List<Chart> histograms = new ArrayList<>();
    List<Chart> losses = new ArrayList<>();
    for (ReportRun run : input.runs()) {
      facts.add(RunFacts.of(run, input.topCount()));
      histograms.add(ReportCharts.histogram(run));
      losses.add(run.loss() == null || run.loss().epochs() == 0 ? null : ReportCharts.loss(run.loss()));
    }
    ReportRun first = input.first();
    return new ReportContent(input, DatasetSummary.of(first.scored().dataset(), first.scored().labels()), facts,
        histograms, losses, input.compares() ? RunComparison.of(facts) : null);
  }

  /** True when any run has labels, so that the report has ROC/PR curves. */
  public boolean anyLabels() {
    return runs.stream().anyMatch(r -> r.evaluation() != null);
  }

  /** The runs with labels, for the overlaid curves of the comparison. */
  public List<RunFacts> labelledRuns() {
    return runs.stream().filter(r -> r.evaluation() != null).toList();
  }

  /** The metric names and values of one evaluation, in the order both formats list them. */
  public static List<Setting> metrics(Evaluation e) {
    var cm = e.confusion();
    return List.of(
        new Setting("ROC-AUC", metric(e.rocAuc())),
        new Setting("PR-AUC (average precision)", metric(e.averagePrecision())),
        new Setting("precision", metric(e.precision())),
        new Setting("recall", metric(e.recall())),
        new Setting("F1", metric(e.f1())),
        new Setting("precision@" + e.k(), metric(e.precisionAtK())),
        new Setting("confusion", String.format(Locale.ROOT, "TP %,d  FP %,d  TN %,d  FN %,d", cm.tp(), cm.fp(), cm.tn(),
            cm.fn())));
  }

  /** The decisions of a run in one sentence, e.g. "Threshold 0.53 (top 5%…): 92 of 1,831 rows flagged (5.02%)". */
  public static String thresholdSentence(ReportRun run) {
    int n = run.scored().rows();
    int flagged = run.flaggedCount();
    return String.format(Locale.ROOT, "Threshold %s (%s): %,d of %,d rows flagged (%.2f%%).", number(run.threshold()),
        run.thresholdOrigin(), flagged, n, 100.0 * flagged / Math.max(1, n));
  }

  /** Where the model came from, as name/value lines. */
  public static List<Setting> provenance(RunProvenance p) {
    if (p == null) {
      return List.of(new Setting("provenance", "not recorded"));
    }
    List<Setting> s = new ArrayList<>();
    s.add(new Setting("seed", Long.toString(p.seed())));
    s.add(new Setting("trained on", String.format(Locale.ROOT, "%,d rows x %,d features (data hash %s)", p.rows(),
        p.features(), p.dataHash())));
    s.add(new Setting("trained at", p.trainedAt() == null ? "unknown" : p.trainedAt().toString()));
    s.add(new Setting("training time", String.format(Locale.ROOT, "%.1f s", p.trainingMillis() / 1000.0)));
    s.add(new Setting("backend", p.backend()));
    s.add(new Setting("application", p.appVersion()));
    return s;
  }

  /** The configuration as name/value lines, sorted by name. */
  public static List<Setting> config(Map<String, String> config) {
    List<Setting> s = new ArrayList<>();
    new java.util.TreeMap<>(config).forEach((k, v) -> s.add(new Setting(k, v)));
    return s;
  }

  /** Four decimals for metrics and scores ("–" for an undefined value). */
  public static String number(double v) {
    if (Double.isNaN(v)) {
      return "–";
    }
    return ReportCharts.number(v);
  }

  /** A metric with four decimals, as the metric tables print it. */
  public static String metric(double v) {
    return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.4f", v);
  }
}
