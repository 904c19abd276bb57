package org.anomalyworkbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.anomalyworkbench.core.archive.AtomicFiles;
import org.anomalyworkbench.core.evaluation.RunComparison;
import org.anomalyworkbench.core.model.ScoredData;
import org.anomalyworkbench.core.model.TrainedModel;
import org.anomalyworkbench.core.report.SpreadsheetSafe;

/**
 * Prints several models' (or runs') results on one dataset side by side, as {@code evaluate}
 * with several models and {@code project --compare} show them, and writes the same table as CSV.
 */
final class RunTable {
  private RunTable() {
  }

  /** One compared model: its name, the model and what it gave on the shared rows. */
  record Entry(String name, TrainedModel model, ScoredData scored) {
    RunComparison.RunResult result() {
      return new RunComparison.RunResult(name, scored.scores().values(),
          scored.flags(model.decisionRule(model.thresholdValue())));
    }
  }

  /** Compares {@code entries}, prints the table and matrices, and returns the comparison. */
  static RunComparison print(PrintWriter out, List<Entry> entries) {
    ScoredData first = entries.get(0).scored();
    RunComparison c = RunComparison.of(entries.stream().map(Entry::result).toList(),
        first.hasLabels() ? first.labels() : null);
    int width = Math.max(8, entries.stream().mapToInt(e -> e.name().length()).max().orElse(8));
    String nameCol = "%-" + width + "s";
    out.printf(Locale.ROOT, nameCol + "  %-18s %9s %8s %8s %9s %7s%n", "run", "detector", "flagged", "ROC-AUC", "PR-AUC",
        "precision", "recall");
    for (int i = 0; i < entries.size(); i++) {
      RunComparison.RunLine l = c.runs().get(i);
      out.printf(Locale.ROOT, nameCol + "  %-18s %,9d %8s %8s %9s %7s%n", l.name(), entries.get(i).model().detectorId(),
          l.flagged(), num(l.rocAuc()), num(l.averagePrecision()), num(l.precision()), num(l.recall()));
    }
    if (!first.hasLabels()) {
      out.println("(no labels: ROC-AUC, PR-AUC, precision and recall need a label column)");
    }
    matrix(out, "Flagged-set agreement (Jaccard: rows both flag / rows either flags)", entries, c.flagAgreement(), width);
    matrix(out, "Score correlation (Spearman's rho)", entries, c.scoreCorrelation(), width);
    out.flush();
    return c;
  }

  private static void matrix(PrintWriter out, String title, List<Entry> entries, double[][] m, int width) {
    out.println();
    out.println(title);
    StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%-" + width + "s", ""));
    for (int j = 0; j < entries.size(); j++) {
      head.append(String.format(Locale.ROOT, " %8s", "#" + (j + 1)));
    }
    out.println(head);
    for (int i = 0; i < entries.size(); i++) {
      StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-" + width + "s", "#" + (i + 1) + " "
          + entries.get(i).name()));
      for (int j = 0; j < entries.size(); j++) {
        row.append(String.format(Locale.ROOT, " %8s", num(m[i][j])));
      }
      out.println(row);
    }
  }

  /** Writes the comparison as CSV: one line per run with its metrics, then its agreement and correlation with each run. */
  static void writeCsv(Path file, List<Entry> entries, RunComparison c) throws IOException {
    List<String> header = new ArrayList<>(List.of("run", "detector", "flagged", "roc_auc", "pr_auc", "precision",
        "recall"));
    for (Entry e : entries) {
      header.add("jaccard_" + e.name());
    }
    for (Entry e : entries) {
      header.add("spearman_" + e.name());
    }
    StringBuilder sb = new StringBuilder();
    sb.append(String.join(",", header.stream().map(RunTable::cell).toList())).append('\n');
    for (int i = 0; i < entries.size(); i++) {
      RunComparison.RunLine l = c.runs().get(i);
      List<String> row = new ArrayList<>(List.of(cell(l.name()), cell(entries.get(i).model().detectorId()),
          Integer.toString(l.flagged()), raw(l.rocAuc()), raw(l.averagePrecision()), raw(l.precision()), raw(l.recall())));
      for (int j = 0; j < entries.size(); j++) {
        row.add(raw(c.flagAgreement()[i][j]));
      }
      for (int j = 0; j < entries.size(); j++) {
        row.add(raw(c.scoreCorrelation()[i][j]));
      }
      sb.append(String.join(",", row)).append('\n');
    }
    byte[] bytes = sb.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    AtomicFiles.write(file, o -> o.write(bytes));
  }

  private static String num(double v) {
    return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.3f", v);
  }

  private static String raw(double v) {
    return Double.isNaN(v) ? "" : Double.toString(v);
  }

  private static String cell(String s) {
    String safe = SpreadsheetSafe.text(s);
    return safe.contains(",") || safe.contains("\"") || safe.contains("\n")
        ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
  }
}
