package org.anomalyworkbench.core.data.prep;

import java.nio.file.Path;
import java.util.List;
import org.anomalyworkbench.core.data.ColumnKind;
import org.anomalyworkbench.core.data.ColumnValues;
import org.anomalyworkbench.core.data.DataImportException;
import tech.tablesaw.columns.Column;

/**
 * A numeric (or date-time, as epoch seconds) column: missing and non-finite values are
 * replaced by the training median, then {@code (x - center) / scale}, held as a 32-bit float.
 * Prepared values are kept within {@code +-}{@link #LIMIT}: training values beyond it are
 * refused, naming the column; later values beyond it are clamped (still the most anomalous).
 */
record NumericFeature(String column, ColumnKind kind, double median, double center, double scale)
    implements FeatureTransform {
  /**
   * Largest prepared magnitude: detectors square differences of prepared values in 32-bit
   * floats (largest 3.4e38), so 1e15 leaves room for squares and sums over many features.
   */
  static final double LIMIT = 1e15;

  /**
   * Fits median and scaling on the training rows of {@code all} (NaN = missing).
   *
   * @throws DataImportException when a training value would be beyond {@link #LIMIT} once scaled
   */
  static NumericFeature fit(String column, ColumnKind kind, double[] all, int[] trainingRows, Scaling scaling,
      Path source) {
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
    NumericFeature f = new NumericFeature(column, kind, median, cs[0], scale);
    for (int i = 0; i < trainingRows.length; i++) {
      if (!(Math.abs(f.prepared(imputed[i])) <= LIMIT)) {
        throw new DataImportException(source, 0, column, String.format(java.util.Locale.ROOT,
            "data row %d has the value %.6g; with %s scaling that is beyond what the 32-bit float detectors can "
                + "hold (+-%.0e). Rescale the column (other units or a logarithm), use standard scaling "
                + "(--scaling standard on the command line), or set its role to IGNORED.",
            trainingRows[i] + 1, imputed[i], scaling.name().toLowerCase(java.util.Locale.ROOT), LIMIT));
      }
    }
    return f;
  }

  /** The scaled value in double precision, before clamping. */
  private double prepared(double x) {
    return (x - center) / scale;
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

  /**
   * Two passes for accuracy: the mean first, then squared deviations (population sd). When the
   * sums overflow (values near 1e300), again over the values divided by the largest magnitude,
   * which gives the same statistics without overflowing.
   */
  static double[] meanAndSd(double[] v) {
    double[] plain = meanAndSd(v, 1);
    if (Double.isFinite(plain[0]) && Double.isFinite(plain[1])) {
      return plain;
    }
    double m = 0;
    for (double x : v) {
      m = Math.max(m, Math.abs(x));
    }
    double[] scaled = meanAndSd(v, m);
    return new double[] {scaled[0] * m, scaled[1] * m};
  }

  private static double[] meanAndSd(double[] v, double divisor) {
    double sum = 0;
    for (double x : v) {
      sum += x / divisor;
    }
    double mean = sum / v.length;
    double sq = 0;
    for (double x : v) {
      double d = x / divisor - mean;
      sq += d * d;
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
      out[pos] = (float) Math.max(-LIMIT, Math.min(LIMIT, prepared(Double.isFinite(x) ? x : median)));
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
