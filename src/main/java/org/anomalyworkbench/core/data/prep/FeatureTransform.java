package org.anomalyworkbench.core.data.prep;

import java.nio.file.Path;
import java.util.List;
import org.anomalyworkbench.core.data.ColumnKind;
import tech.tablesaw.columns.Column;

/** The fitted encoding of one source column into one or more prepared features. */
sealed interface FeatureTransform permits NumericFeature, OneHotFeature {

  String column();

  /** Prepared feature names, e.g. {@code amount} or {@code color=red}. */
  List<String> names();

  default int width() {
    return names().size();
  }

  /**
   * Writes every row's encoding into the row-major {@code out}: row r's features start at
   * {@code r * stride + offset}.
   *
   * @param source the data's file, for error messages
   */
  void write(Column<?> values, float[] out, int stride, int offset, Path source);

  /** Median of each prepared feature over the training rows, in prepared units. */
  float[] preparedMedians();

  SourceFeature describe(int firstIndex);

  FeatureState state();

  /** Whether a column of this kind is encoded as one number (else one-hot). */
  static boolean numeric(ColumnKind kind) {
    return kind == ColumnKind.NUMERIC || kind == ColumnKind.DATETIME;
  }

  static FeatureTransform of(FeatureState s) {
    return numeric(s.kind())
        ? new NumericFeature(s.column(), s.kind(), s.median(), s.center(), s.scale())
        : new OneHotFeature(s.column(), s.kind(), s.levels(), s.levelShares());
  }
}
