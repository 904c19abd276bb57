package org.anomalyworkbench.core.report.document;

import java.time.Instant;
import java.util.List;

/**
 * What a report is made from: one run, or several runs to compare (e.g. the runs of a project
 * chosen together). The first run's data is the one the dataset summary describes.
 *
 * @param title the report's title
 * @param runs the runs, at least one
 * @param topCount how many of the most anomalous records (or events) each run lists
 * @param createdAt when the report was made, printed in its header
 */
public record ReportInput(String title, List<ReportRun> runs, int topCount, Instant createdAt) {
  /** The number of top records listed when the caller does not say. */
  public static final int DEFAULT_TOP = 20;

  public ReportInput {
    runs = List.copyOf(runs);
    if (runs.isEmpty()) {
      throw new IllegalArgumentException("A report needs at least one run");
    }
    if (topCount < 0) {
      throw new IllegalArgumentException("The number of top records must be 0 or more, was " + topCount);
    }
  }

  /** A report of these runs with the default number of top records, made now. */
  public static ReportInput of(String title, List<ReportRun> runs) {
    return new ReportInput(title, runs, DEFAULT_TOP, Instant.now());
  }

  public ReportRun first() {
    return runs.get(0);
  }

  /** True when the report has a comparison section. */
  public boolean compares() {
    return runs.size() > 1;
  }
}
