package org.anomalyworkbench.core.data;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.Table;

/**
 * An imported table with its column roles. The table holds the original values (numbers as
 * DOUBLE, categories as STRING, dates as DATE/DATE_TIME); preparation turns it into a matrix.
 *
 * @param name short name shown in the UI, usually the file name without extension
 * @param source file it came from, or {@code null} for generated data
 * @param table the values
 * @param schema kinds and roles of the table's columns, in table order
 * @param issues cells the import could not read as their column's type, and what was done
 *     with them; shown to the user with the data so that nothing changes silently
 * @param timeFormats for date-time columns read from a file: column name to the
 *     {@link java.time.format.DateTimeFormatter} pattern the file writes it in (such as
 *     {@code dd/MM/yyyy HH:mm}), so that exports keep the source's form; empty otherwise
 * @param images for a folder of images: their pixels, one image per table row (the table then
 *     holds each image's file, class, size, format and label); {@code null} for a CSV
 */
public record Dataset(String name, Path source, Table table, Schema schema, List<ColumnIssue> issues,
    Map<String, String> timeFormats, ImageSet images) {

  public Dataset {
    issues = issues == null ? List.of() : List.copyOf(issues);
    timeFormats = timeFormats == null ? Map.of() : Map.copyOf(timeFormats);
    if (images != null && images.size() != table.rowCount()) {
      throw new IllegalArgumentException(images.size() + " images but " + table.rowCount() + " table rows");
    }
  }

  /** A table read from a file (no images). */
  public Dataset(String name, Path source, Table table, Schema schema, List<ColumnIssue> issues,
      Map<String, String> timeFormats) {
    this(name, source, table, schema, issues, timeFormats, null);
  }

  /** A dataset whose date-times have no source form to keep (generated data, tests). */
  public Dataset(String name, Path source, Table table, Schema schema, List<ColumnIssue> issues) {
    this(name, source, table, schema, issues, Map.of());
  }

  /** A dataset without import issues (generated data, tests). */
  public Dataset(String name, Path source, Table table, Schema schema) {
    this(name, source, table, schema, List.of());
  }

  public int rows() {
    return table.rowCount();
  }

  public Dataset withSchema(Schema newSchema) {
    return new Dataset(name, source, table, newSchema, issues, timeFormats, images);
  }

  /** The rows at {@code rows}, in that order (with their images), same name, source and roles. */
  public Dataset selectRows(int[] rows) {
    // Table.rows(...) goes through a bitmap and would return the rows sorted.
    tech.tablesaw.api.Table out = table.emptyCopy();
    for (int r : rows) {
      out.addRow(r, table);
    }
    return new Dataset(name, source, out, schema, issues, timeFormats, images == null ? null : images.select(rows));
  }

  /** True for a folder of images, whose samples are the images rather than the table's columns. */
  public boolean isImages() {
    return images != null;
  }
}
