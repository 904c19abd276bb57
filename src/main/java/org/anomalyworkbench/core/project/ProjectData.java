package org.anomalyworkbench.core.project;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.DoubleConsumer;
import org.anomalyworkbench.core.data.ColumnInfo;
import org.anomalyworkbench.core.data.ColumnRole;
import org.anomalyworkbench.core.data.Dataset;
import org.anomalyworkbench.core.data.ImageOptions;
import org.anomalyworkbench.core.data.ImageSet;
import org.anomalyworkbench.core.data.NonNumericPolicy;
import org.anomalyworkbench.core.data.csv.CsvImportOptions;
import org.anomalyworkbench.core.data.csv.CsvImporter;
import org.anomalyworkbench.core.data.images.ImageFolderImporter;
import org.anomalyworkbench.core.data.images.ImageTable;
import org.anomalyworkbench.core.training.CancellationToken;

/**
 * Between a project's {@link DataSource} and a {@link Dataset}: describes data as a project
 * saves it, and reads it back the way it was read then, with the roles the analyst gave.
 */
public final class ProjectData {
  private ProjectData() {
  }

  /**
   * The source for {@code dataset}, read from {@code dataPath} with these CSV settings
   * (ignored for images), as saved in {@code projectFile}.
   */
  public static DataSource describe(Dataset dataset, Path dataPath, Path projectFile, boolean embed,
      Character delimiter, Character decimal, NonNumericPolicy nonNumeric) throws IOException {
    DataFingerprint print = DataFingerprint.of(dataPath);
    Path absolute = dataPath.toAbsolutePath().normalize();
    String relative = null;
    Path dir = projectFile.toAbsolutePath().normalize().getParent();
    if (dir != null && absolute.getRoot() != null && absolute.getRoot().equals(dir.getRoot())) {
      relative = dir.relativize(absolute).toString().replace('\\', '/');
    }
    if (dataset.isImages()) {
      ImageSet images = dataset.images();
      return new DataSource(DataSource.Kind.IMAGES, absolute.toString(), relative, print.sizeBytes(), print.hash(),
          embed, null, null, null, images.options(), ImageTable.normalClasses(dataset));
    }
    return new DataSource(DataSource.Kind.CSV, absolute.toString(), relative, print.sizeBytes(), print.hash(),
        embed, delimiter, decimal, nonNumeric, null, null);
  }

  /**
   * Reads {@code project}'s data from {@code dataPath} as it was read when saved, with the
   * project's roles applied.
   *
   * @throws IOException when the data cannot be read, or no longer has a column the project
   *     gave a role to (naming it)
   */
  public static Dataset read(Project project, Path dataPath, CancellationToken cancel) throws IOException {
    return read(project, dataPath, cancel, fraction -> { });
  }

  /**
   * As {@link #read(Project, Path, CancellationToken)}, telling {@code progress} how far it got
   * (0..1; negative while unknown), for a progress bar.
   */
  public static Dataset read(Project project, Path dataPath, CancellationToken cancel, DoubleConsumer progress)
      throws IOException {
    DataSource source = project.data();
    if (source.kind() == DataSource.Kind.IMAGES) {
      ImageOptions options = source.images() == null ? ImageOptions.automatic() : source.images();
      ImageSet images = ImageFolderImporter.read(dataPath, options,
          (phase, done, total) -> progress.accept(total == 0 ? -1 : done / (double) total),
          cancel::isCancelled);
      return ImageTable.dataset(images, source.normalClasses());
    }
    Map<String, ColumnRole> roles = new LinkedHashMap<>();
    for (ColumnInfo c : project.schema().columns()) {
      roles.put(c.name(), c.role());
    }
    CsvImportOptions options = CsvImportOptions.defaults().withDelimiter(source.delimiter())
        .withDecimal(source.decimal()).withNonNumeric(source.nonNumeric()).withRoles(roles)
        .withCancellation(cancel).withProgress(progress);
    Dataset data = CsvImporter.read(dataPath, options);
    for (ColumnInfo c : project.schema().columns()) {
      if (data.schema().column(c.name()).isEmpty()) {
        throw new IOException(dataPath.getFileName() + " has no column '" + c.name() + "', which the project "
            + "uses as " + c.role().toString().toLowerCase(java.util.Locale.ROOT) + ". Locate the original file.");
      }
    }
    return data;
  }
}
