package org.anomalyworkbench.core.data.prep;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.anomalyworkbench.core.data.ColumnKind;
import org.anomalyworkbench.core.data.ColumnValues;
import org.anomalyworkbench.core.data.DataImportException;
import tech.tablesaw.columns.Column;

/**
 * A categorical column as one 0/1 feature per level. Levels are the most frequent ones in
 * the training rows (ties by name), at most the configured number; a missing, rare or
 * unseen value encodes as all zeros.
 */
final class OneHotFeature implements FeatureTransform {
  private final String column;
  private final ColumnKind kind;
  private final List<String> levels;
  private final List<Double> shares;
  private final Map<String, Integer> index = new HashMap<>();

  OneHotFeature(String column, ColumnKind kind, List<String> levels, List<Double> shares) {
    this.column = column;
    this.kind = kind;
    this.levels = List.copyOf(levels);
    this.shares = List.copyOf(shares);
    for (int i = 0; i < levels.size(); i++) {
      index.put(levels.get(i), i);
    }
  }

  static OneHotFeature fit(String column, ColumnKind kind, Column<?> values, int[] trainingRows, int maxLevels) {
    Map<String, Integer> counts = new HashMap<>();
    for (int r : trainingRows) {
      String v = ColumnValues.text(values, r);
      if (v != null) {
        counts.merge(v, 1, Integer::sum);
      }
    }
    List<Map.Entry<String, Integer>> sorted = new ArrayList<>(counts.entrySet());
    sorted.sort(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue).reversed()
        .thenComparing(Map.Entry::getKey));
    List<String> levels = new ArrayList<>();
    List<Double> shares = new ArrayList<>();
    for (Map.Entry<String, Integer> e : sorted.subList(0, Math.min(maxLevels, sorted.size()))) {
      levels.add(e.getKey());
      shares.add((double) e.getValue() / trainingRows.length);
    }
    return new OneHotFeature(column, kind, levels, shares);
  }

  @Override
  public String column() {
    return column;
  }

  @Override
  public List<String> names() {
    List<String> names = new ArrayList<>();
    for (String l : levels) {
      names.add(column + "=" + l);
    }
    return names;
  }

  @Override
  public void write(Column<?> values, float[] out, int stride, int offset, Path source) {
    if (ColumnValues.isNumeric(values)) {
      // The mirror of NumericFeature's check: numbers matched against text levels would mostly
      // encode as "no level", and the scores would change without a word.
      throw new DataImportException(source, 0, column, "This column held text (categories such as '"
          + (levels.isEmpty() ? "" : levels.get(0)) + "') when the model was trained, but now holds only numbers ("
          + values.type().name().toLowerCase(java.util.Locale.ROOT) + "). Check that the file has the same columns "
          + "as the training data, or train a new model on these columns.");
    }
    for (int r = 0; r < values.size(); r++) {
      Integer level = index.get(ColumnValues.text(values, r));
      if (level != null) {
        out[r * stride + offset + level] = 1f;
      }
    }
  }

  /** The median of a 0/1 feature: 1 when most training rows have the level, 0.5 at exactly half. */
  @Override
  public float[] preparedMedians() {
    float[] m = new float[levels.size()];
    for (int i = 0; i < m.length; i++) {
      double s = shares.get(i);
      m[i] = s > 0.5 ? 1f : s == 0.5 ? 0.5f : 0f;
    }
    return m;
  }

  @Override
  public SourceFeature describe(int firstIndex) {
    return new SourceFeature(column, kind, firstIndex, levels.size(), Double.NaN,
        levels.isEmpty() ? null : levels.get(0));
  }

  @Override
  public FeatureState state() {
    return new FeatureState(column, kind, 0, 0, 1, levels, shares);
  }
}
