package org.anomalyworkbench.core.report.document;

import java.util.List;
import java.util.Locale;
import org.anomalyworkbench.core.data.ColumnInfo;
import org.anomalyworkbench.core.data.ColumnRole;
import org.anomalyworkbench.core.data.Dataset;

/**
 * The dataset section of a report: what was read, how big it is, which columns play which
 * role, and how many rows the labels mark as anomalies.
 *
 * @param name the dataset's name
 * @param source the file or folder it was read from, or "generated"
 * @param kind "table", "series (time column …)" or "images"
 * @param rows rows (or images, or time points)
 * @param columns the columns with kind, role, missing and distinct counts
 * @param labelledAnomalies rows labelled 1, or -1 without labels
 * @param importIssues cells the import could not read as their column's type
 * @param images the image folder's summary line, or "" for a table
 */
public record DatasetSummary(String name, String source, String kind, int rows, List<ColumnInfo> columns,
    int labelledAnomalies, int importIssues, String images) {

  public DatasetSummary {
    columns = List.copyOf(columns);
  }

  /** Summarises {@code dataset}; {@code labels} are the scored run's 0/1 labels or {@code null}. */
  public static DatasetSummary of(Dataset dataset, int[] labels) {
    String kind = dataset.isImages() ? "images"
        : dataset.schema().columns().stream().filter(c -> c.role() == ColumnRole.TIME).findFirst()
            .map(c -> "series (time column " + c.name() + ")").orElse("table");
    int anomalies = -1;
    if (labels != null) {
      anomalies = 0;
      for (int l : labels) {
        anomalies += l;
      }
    }
    return new DatasetSummary(dataset.name(), dataset.source() == null ? "generated" : dataset.source().toString(),
        kind, dataset.rows(), dataset.schema().columns(), anomalies, dataset.issues().size(),
        dataset.isImages() ? dataset.images().summary() : "");
  }

  public boolean hasLabels() {
    return labelledAnomalies >= 0;
  }

  /** E.g. "176 of 1,831 rows (9.61%)". */
  /** The facts every report format lists first under Dataset, in order. */
  public List<Setting> facts() {
    return List.of(
        new Setting("name", name),
        new Setting("source", source),
        new Setting("kind", kind),
        new Setting("rows", String.format(Locale.ROOT, "%,d", rows)),
        new Setting("labelled anomalies", labelledText()),
        new Setting("cells not read as their type", String.format(Locale.ROOT, "%,d", importIssues)));
  }

  public String labelledText() {
    if (!hasLabels()) {
      return "no labels";
    }
    return String.format(Locale.ROOT, "%,d of %,d rows (%.2f%%)", labelledAnomalies, rows,
        100.0 * labelledAnomalies / Math.max(1, rows));
  }
}
