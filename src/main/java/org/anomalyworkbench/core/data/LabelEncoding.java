package org.anomalyworkbench.core.data;

import java.nio.file.Path;
import tech.tablesaw.columns.Column;

/**
 * Which value of a label column means "anomaly" (1) and which "normal" (0). Made by
 * {@link LabelEncoder#fit}; saved with a model so that later data is encoded the same way.
 * Values are compared as {@link ColumnValues#text canonical text}, ignoring case.
 *
 * @param column the label column's name
 * @param anomalyValue the value encoded as 1
 * @param normalValue the value encoded as 0, or {@code null} when the column showed only the
 *     anomaly value (then every other value is an error)
 * @param explanation one sentence for the user, e.g. which value was taken as anomaly and why
 */
public record LabelEncoding(String column, String anomalyValue, String normalValue, String explanation) {
  /** The code of a row whose label cell is empty. */
  public static final int MISSING = -1;

  /**
   * One code per row: 1 = anomaly, 0 = normal, {@link #MISSING} (-1) where the cell is empty.
   *
   * @param source the data's file, for the error message (may be null)
   * @throws DataImportException when a cell holds a third value
   */
  public int[] encode(Column<?> values, Path source) {
    int[] out = new int[values.size()];
    for (int i = 0; i < out.length; i++) {
      String v = ColumnValues.text(values, i);
      if (v == null) {
        out[i] = MISSING;
      } else if (v.equalsIgnoreCase(anomalyValue)) {
        out[i] = 1;
      } else if (normalValue != null && v.equalsIgnoreCase(normalValue)) {
        out[i] = 0;
      } else {
        throw new DataImportException(source, 0, values.name(), "Row " + (i + 1) + " has the label '" + v
            + "', which is neither the anomaly value '" + anomalyValue + "'"
            + (normalValue == null ? "" : " nor the normal value '" + normalValue + "'")
            + ". A label column needs exactly two values; fix the cell or choose another label column.");
      }
    }
    return out;
  }

  /**
   * Like {@link #encode} but every row must have a label.
   *
   * @throws DataImportException naming the first rows without a label
   */
  public int[] encodeComplete(Column<?> values, Path source) {
    int[] out = encode(values, source);
    int missing = 0;
    int first = -1;
    for (int i = 0; i < out.length; i++) {
      if (out[i] == MISSING) {
        missing++;
        first = first < 0 ? i : first;
      }
    }
    if (missing > 0) {
      throw new DataImportException(source, 0, values.name(), missing + " row" + (missing == 1 ? " has" : "s have")
          + " no label (the first is row " + (first + 1) + "). Fill in the labels, or set this column's role to "
          + "IGNORED to work without labels.");
    }
    return out;
  }
}
