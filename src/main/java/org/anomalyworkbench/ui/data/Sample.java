package org.anomalyworkbench.ui.data;

import java.util.List;
import java.util.function.Supplier;
import org.anomalyworkbench.core.data.Dataset;
import org.anomalyworkbench.core.data.SyntheticData;
import org.anomalyworkbench.core.data.SyntheticSeries;

/**
 * A built-in dataset the "Open sample" menu offers, generated on demand (nothing is shipped):
 * tabular rows or a time series with injected anomalies and a {@code label} column, so every
 * view, the evaluation included, has something to show.
 *
 * @param id stable id (used by tests and the command line)
 * @param title menu text
 * @param description one sentence for the tooltip
 * @param generator makes the dataset (seeded: the same every time)
 */
public record Sample(String id, String title, String description, Supplier<Dataset> generator) {

  /** The samples, smallest first. */
  public static List<Sample> all() {
    return List.of(
        new Sample("sensors-small", "Sensor readings — 2,000 rows, 8 features",
            "Correlated channels with 5% injected spikes and broken correlations; labelled.",
            () -> SyntheticData.dataset("sensors-small", 2_000, 8, 0.05, 7)),
        new Sample("sensors-medium", "Sensor readings — 50,000 rows, 16 features",
            "A larger plant log with 2% injected anomalies; labelled. Trains in seconds.",
            () -> SyntheticData.dataset("sensors-medium", 50_000, 16, 0.02, 11)),
        new Sample("sensors-large", "Sensor readings — 1,000,000 rows, 12 features",
            "A million rows with 1% anomalies, to try the views at scale; labelled.",
            () -> SyntheticData.dataset("sensors-large", 1_000_000, 12, 0.01, 13)),
        new Sample("server-metrics", "Server metrics — 2 weeks every 5 min (time series)",
            "CPU and latency with a daily cycle and three labelled incidents; try the LSTM.",
            () -> SyntheticSeries.serverMetrics("server-metrics", 4_032, 5)));
  }

  /** The sample with this id. */
  public static Sample byId(String id) {
    return all().stream().filter(s -> s.id().equals(id)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No sample '" + id + "'"));
  }
}
