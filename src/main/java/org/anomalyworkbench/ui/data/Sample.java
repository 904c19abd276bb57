package org.anomalyworkbench.ui.data;

import java.util.List;
import java.util.function.Supplier;
import org.anomalyworkbench.core.data.Dataset;
import org.anomalyworkbench.core.data.SyntheticData;
import org.anomalyworkbench.core.data.SyntheticSeries;
import org.anomalyworkbench.core.data.images.ImageFolderImporter;
import org.anomalyworkbench.core.data.ImageOptions;
import org.anomalyworkbench.core.data.ImageSet;
import org.anomalyworkbench.core.data.images.ImageTable;
import org.anomalyworkbench.core.data.images.SyntheticImages;

/**
 * A built-in dataset the "Open sample" menu offers, generated on demand (nothing is shipped):
 * tabular rows, a time series or a folder of images with injected anomalies and a label, so every
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
            () -> SyntheticSeries.serverMetrics("server-metrics", 4_032, 5)),
        new Sample("shapes", "Shapes — 630 small images (image folder)",
            "Soft blobs marked normal and 30 odd ones (bars, rings, two blobs); written to a temporary folder.",
            Sample::shapes));
  }

  /**
   * The image sample: written to a temporary folder (deleted when the app exits) and read back
   * as any folder is, so the detail pane and "Copy flagged" find real files.
   */
  private static Dataset shapes() {
    try {
      java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("awb-shapes-");
      Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(dir)));
      java.nio.file.Path folder = SyntheticImages.write(dir.resolve("shapes"), 600, 30, 24, 17);
      ImageSet images = ImageFolderImporter.read(folder, ImageOptions.automatic(), ImageFolderImporter.Progress.NONE,
          () -> false);
      return ImageTable.dataset(images, java.util.Set.of("normal"));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("Could not write the image sample to a temporary folder", e);
    }
  }

  private static void deleteTree(java.nio.file.Path dir) {
    try (var paths = java.nio.file.Files.walk(dir)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (java.io.IOException | RuntimeException e) {
      // best effort: the folder is in the temporary directory
    }
  }

  /** The sample with this id. */
  public static Sample byId(String id) {
    return all().stream().filter(s -> s.id().equals(id)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No sample '" + id + "'"));
  }
}
