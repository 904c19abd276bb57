package org.anomalyworkbench.core.data;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The numeric matrix a detector sees: rows x columns of float, row-major, after imputation,
 * encoding and scaling. Optionally carries the 0/1 label of each row (for the supervised
 * classifier and for evaluation); detectors other than the classifier must ignore labels.
 */
public final class PreparedData {
  private final float[] values;
  private final int rows;
  private final int columns;
  private final List<String> featureNames;
  private final int[] labels;
  private final SampleShape shape;

  /**
   * @param values row-major matrix of {@code rows * featureNames.size()} values, not copied
   * @param featureNames one name per column, after encoding (e.g. {@code color=red})
   * @param labels one 0/1 label per row, or {@code null} when the data has no label
   */
  public PreparedData(float[] values, List<String> featureNames, int[] labels) {
    this(values, featureNames, labels, null);
  }

  /**
   * Samples of a given shape, each flattened to {@code shape.size()} values (a window
   * point-major, an image channel-major; see {@link SampleShape}).
   *
   * @param shape what one row is, or {@code null} for a table row of {@code featureNames.size()} features
   * @throws IllegalArgumentException when the shape's size is not the number of feature names
   */
  public PreparedData(float[] values, List<String> featureNames, int[] labels, SampleShape shape) {
    this.values = Objects.requireNonNull(values, "values");
    this.featureNames = List.copyOf(featureNames);
    this.columns = this.featureNames.size();
    if (columns == 0) {
      throw new IllegalArgumentException("There are no feature columns: mark at least one column as a feature.");
    }
    if (values.length % columns != 0) {
      throw new IllegalArgumentException("values length " + values.length + " is not a multiple of " + columns);
    }
    this.rows = values.length / columns;
    if (labels != null && labels.length != rows) {
      throw new IllegalArgumentException("labels length " + labels.length + " != rows " + rows);
    }
    this.labels = labels;
    this.shape = shape == null ? new SampleShape.Row(columns) : shape;
    if (this.shape.size() != columns) {
      throw new IllegalArgumentException("A sample of shape " + this.shape + " has " + this.shape.size()
          + " values, not " + columns);
    }
  }

  public int rows() { return rows; }

  public int columns() { return columns; }

  public List<String> featureNames() { return featureNames; }

  /** The backing row-major array; callers must not modify it. */
  public float[] values() { return values; }

  public float get(int row, int column) { return values[row * columns + column]; }

  /** A copy of one row. */
  public float[] row(int row) {
    return Arrays.copyOfRange(values, row * columns, (row + 1) * columns);
  }

  /** What one row is: a table row, a window of a series or an image. */
  public SampleShape shape() { return shape; }

  public boolean hasLabels() { return labels != null; }

  /** The 0/1 labels (1 = anomaly), or {@code null}; callers must not modify them. */
  public int[] labels() { return labels; }

  /** Rows {@code from} (inclusive) to {@code to} (exclusive) as a new PreparedData (copied). */
  public PreparedData slice(int from, int to) {
    if (from < 0 || to > rows || from > to) {
      throw new IndexOutOfBoundsException("slice " + from + ".." + to + " of " + rows);
    }
    float[] v = Arrays.copyOfRange(values, from * columns, to * columns);
    int[] l = labels == null ? null : Arrays.copyOfRange(labels, from, to);
    return new PreparedData(v, featureNames, l, shape);
  }

  /** The given rows, in the given order, as a new PreparedData. */
  public PreparedData select(int[] rowIndices) {
    float[] v = new float[rowIndices.length * columns];
    int[] l = labels == null ? null : new int[rowIndices.length];
    for (int i = 0; i < rowIndices.length; i++) {
      System.arraycopy(values, rowIndices[i] * columns, v, i * columns, columns);
      if (l != null) {
        l[i] = labels[rowIndices[i]];
      }
    }
    return new PreparedData(v, featureNames, l, shape);
  }

  /** The same matrix without labels, as unsupervised detectors are trained. */
  public PreparedData withoutLabels() {
    return labels == null ? this : new PreparedData(values, featureNames, null, shape);
  }
}
