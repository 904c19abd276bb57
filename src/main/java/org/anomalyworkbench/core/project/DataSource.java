package org.anomalyworkbench.core.project;

import java.util.Set;
import org.anomalyworkbench.core.data.ImageOptions;
import org.anomalyworkbench.core.data.NonNumericPolicy;

/**
 * Where a project's data lives and how it was read: enough to find it again (the absolute path,
 * and the path relative to the project file for a folder moved as a whole), to tell whether it
 * changed (size and content hash) and to read it the same way.
 *
 * @param kind a CSV file or a folder of images
 * @param path absolute path when the project was saved
 * @param relativePath the same, relative to the project file's folder; null on another drive
 * @param sizeBytes the file's size (a folder: its image files' sizes summed)
 * @param contentHash {@link DataFingerprint}'s {@code sha256:...} of the content
 * @param embedded whether the project file holds a copy of the data
 * @param delimiter CSV: the delimiter it was read with; null = detected
 * @param decimal CSV: the decimal separator; null = detected
 * @param nonNumeric CSV: what was done with odd cells in numeric columns
 * @param images images: the resolved read options (size, colour, fit); null for CSV
 * @param normalClasses images: the classes marked normal; empty for CSV
 */
public record DataSource(
    Kind kind,
    String path,
    String relativePath,
    long sizeBytes,
    String contentHash,
    boolean embedded,
    Character delimiter,
    Character decimal,
    NonNumericPolicy nonNumeric,
    ImageOptions images,
    Set<String> normalClasses) {

  /** What the data is. */
  public enum Kind {
    /** One delimited text file. */
    CSV,
    /** A folder of images, classes in sub-folders. */
    IMAGES
  }

  public DataSource {
    if (kind == null || path == null || path.isBlank()) {
      throw new IllegalArgumentException("A data source needs a kind and a path.");
    }
    if (sizeBytes < 0) {
      throw new IllegalArgumentException("A data size cannot be negative: " + sizeBytes);
    }
    normalClasses = normalClasses == null ? Set.of() : Set.copyOf(normalClasses);
    nonNumeric = nonNumeric == null ? NonNumericPolicy.STOP : nonNumeric;
  }
}
