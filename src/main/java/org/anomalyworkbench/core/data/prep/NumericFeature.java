package org.anomalyworkbench.core.data.prep;

import java.nio.file.Path;
import java.util.List;
import org.anomalyworkbench.core.data.ColumnKind;
import org.anomalyworkbench.core.data.ColumnValues;
import org.anomalyworkbench.core.data.DataImportException;
import tech.tablesaw.columns.Column;

/**
 * A numeric (or date-time, as epoch seconds) column: missing and non-finite values are
 * replaced by the training median, then {@code (x - center) / scale}.
 */
record NumericFeature(String column, ColumnKind kind, double median, double center, double scale)
    implements FeatureTransform {

  /** Fits median and scaling on the training rows of {@code all} (NaN = missing). */
  static NumericFeature fit(String column, ColumnKind kind, double[] all, int[] trainingRows, Scaling scaling) {
    double[] present = new double[trainingRows.length];
    int n = 0;
    for (int r : trainingRows) {
      double v = all[r];
      if (Double.isFinite(v)) {
        present[n++] = v;
      }
    }
    // A column with no training values imputes 0: any constant would do, 0 keeps it readable.
    double median = n == 0 ? 0 : Quantiles.quantile(present, n, 0.5);
    double[] imputed = new double[trainingRows.length];
    for (int i = 0; i < trainingRows.length; i++) {
      double v = all[trainingRows[i]];
      imputed[i] = Double.isFinite(v) ? v : median;
    }
    double[] cs = centerAndScale(imputed, scaling);
    double scale = cs[1] > 0 && Double.isFinite(cs[1]) ? cs[1] : 1;
    return new NumericFeature(column, kind, median, cs[0], scale);
  }

  private static double[] centerAndScale(double[] v, Scaling scaling) {
    return switch (scaling) {
      case STANDARD -> meanAndSd(v);
      case ROBUST -> {
        double q1 = Quantiles.quantile(v, v.length, 0.25);
        double q3 = Quantiles.quantile(v, v.length, 0.75);
        yield new double[] {Quantiles.quantile(v, v.length, 0.5), q3 - q1};
      }
      case MIN_MAX -> {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double x : v) {
          min = Math.min(min, x);
          max = Math.max(max, x);
        }
        yield new double[] {min, max - min};
      }
      case NONE -> new double[] {0, 1};
    };
  }

  /** Two passes for accuracy: the mean first, then squared deviations (population sd). */
  private static double[] meanAndSd(double[] v) {
    double sum = 0;
    for (double x : v) {
      sum += x;
    }
    double mean = sum / v.length;
    double sq = 0;
    for (double x : v) {
      sq += (x - mean) * (x - mean);
    }
    return new double[] {mean, Math.sqrt(sq / v.length)};
  }

  @Override
  public List<String> names() {
    return List.of(column);
  }

  @Override
  public void write(Column<?> values, float[] out, int stride, int offset, Path source) {
    double[] v;
    try {
      v = ColumnValues.numbers(values);
    } catch (IllegalArgumentException e) {
      throw new DataImportException(source, 0, column, "This column held numbers when the model was trained, "
          + "but now holds text. Check that the file has the same columns as the training data.");
    }
    int pos = offset;
    for (double x : v) {
      out[pos] = (float) (((Double.isFinite(x) ? x : median) - center) / scale);
      pos += stride;
    }
  }

  @Override
  public float[] preparedMedians() {
    return new float[] {(float) ((median - center) / scale)};
  }

  @Override
  public SourceFeature describe(int firstIndex) {
    return new SourceFeature(column, kind, firstIndex, 1, median, null);
  }

  @Override
  public FeatureState state() {
    return new FeatureState(column, kind, median, center, scale, List.of(), List.of());
  }
}
