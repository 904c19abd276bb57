package org.anomalyworkbench.core.data;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tech.tablesaw.columns.Column;

/**
 * Decides which value of a two-valued label column is the anomaly.
 *
 * <ol>
 *   <li>Numbers 0 and 1: 1 = anomaly. Numbers -1 and 1: -1 = anomaly (scikit-learn's
 *       convention for outlier detectors). Other pairs of numbers (1/2...): the rarer value,
 *       and the explanation says so.</li>
 *   <li>A known pair, ignoring case: true/false, yes/no, y/n, t/f, anomaly/normal,
 *       anomalous/normal, abnormal/normal, outlier/inlier, o/n, attack/normal, fraud/legit,
 *       positive/negative... : one value is a known anomaly word, or the other a known normal
 *       word.</li>
 *   <li>Otherwise the rarer value is the anomaly (anomalies are rare by definition); on a
 *       tie, the value that sorts last. The explanation says which was chosen and why, and
 *       {@link #fit(Column, String, Path)} lets the user choose instead.</li>
 * </ol>
 *
 * Columns with more than two values, or none, are rejected with a message.
 */
public final class LabelEncoder {
  private static final Set<String> ANOMALY_WORDS = Set.of("1", "true", "t", "yes", "y", "anomaly", "anomalous",
      "abnormal", "outlier", "o", "attack", "fraud", "positive", "pos", "bad", "malicious", "faulty", "fault");
  private static final Set<String> NORMAL_WORDS = Set.of("0", "false", "f", "no", "n", "normal", "inlier", "i",
      "benign", "legit", "legitimate", "negative", "neg", "good", "ok", "regular", "nominal");

  /** Anomaly value to normal value, for columns that show only one of them. */
  private static final Map<String, String> PAIRS = Map.of("1", "0", "true", "false", "yes", "no", "y", "n",
      "t", "f", "anomaly", "normal", "outlier", "inlier", "o", "n");

  private LabelEncoder() {
  }

  /** Whether {@code value} is one of the words this encoder knows for normal or anomaly (any case). */
  public static boolean isLabelWord(String value) {
    String v = value.strip().toLowerCase(Locale.ROOT);
    return ANOMALY_WORDS.contains(v) || NORMAL_WORDS.contains(v);
  }

  /** Fits on the label column of {@code data}'s schema. */
  public static LabelEncoding fit(Dataset data) {
    ColumnInfo label = data.schema().label().orElseThrow(() -> new DataImportException(data.source(), 0, null,
        "No column has the LABEL role. Choose the column that says which rows are anomalies."));
    return fit(data.table().column(label.name()), data.source());
  }

  /** Decides the anomaly value of {@code values} by the rules above. */
  public static LabelEncoding fit(Column<?> values, Path source) {
    Map<String, Integer> counts = counts(values, source);
    List<String> keys = List.copyOf(counts.keySet());
    if (keys.size() == 1) {
      return single(values.name(), keys.get(0), counts.get(keys.get(0)));
    }
    String a = keys.get(0);
    String b = keys.get(1);
    if (Set.of(a, b).equals(Set.of("-1", "1"))) {
      return new LabelEncoding(values.name(), "-1", "1", "Label '" + values.name() + "': -1 = anomaly (scikit-learn "
          + "convention), 1 = normal (" + counts.get("-1") + " of " + (counts.get("-1") + counts.get("1"))
          + " rows are -1).");
    }
    if (isNumber(a) && isNumber(b) && !Set.of(a, b).equals(Set.of("0", "1"))) {
      // 1/2, 0/2...: no convention says which is the anomaly; say which one was taken.
      return byFrequency(values.name(), a, b, counts, "not a 0/1 coding, so the rarer value was taken; "
          + "choose the anomaly value yourself if this is wrong");
    }
    String anomaly = knownAnomaly(a, b);
    if (anomaly != null) {
      String normal = anomaly.equals(a) ? b : a;
      return new LabelEncoding(values.name(), anomaly, normal, describe(values.name(), anomaly, normal, counts,
          "by its name"));
    }
    return byFrequency(values.name(), a, b, counts, "the rarer value");
  }

  /** The rarer value is the anomaly (anomalies are rare); on a tie the one sorting last. */
  private static LabelEncoding byFrequency(String column, String a, String b, Map<String, Integer> counts,
      String why) {
    int ca = counts.get(a);
    int cb = counts.get(b);
    String anomaly = ca < cb ? a : cb < ca ? b : (a.compareTo(b) > 0 ? a : b);
    String normal = anomaly.equals(a) ? b : a;
    return new LabelEncoding(column, anomaly, normal, describe(column, anomaly, normal, counts,
        ca == cb ? "both values are equally frequent, so the one sorting last was chosen; choose it yourself if it is wrong"
            : why));
  }

  private static boolean isNumber(String v) {
    try {
      Double.parseDouble(v);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /** The user's choice: {@code anomalyValue} is 1, the other value 0. */
  public static LabelEncoding fit(Column<?> values, String anomalyValue, Path source) {
    Map<String, Integer> counts = counts(values, source);
    String anomaly = null;
    String normal = null;
    for (String k : counts.keySet()) {
      if (k.equalsIgnoreCase(anomalyValue.strip())) {
        anomaly = k;
      } else {
        normal = k;
      }
    }
    if (anomaly == null) {
      throw new DataImportException(source, 0, values.name(), "The value '" + anomalyValue
          + "' does not occur in this column; its values are " + counts.keySet() + ".");
    }
    return new LabelEncoding(values.name(), anomaly, normal, describe(values.name(), anomaly, normal, counts, "as chosen"));
  }

  /** Counts of each distinct value (case-insensitively merged, first spelling kept). */
  private static Map<String, Integer> counts(Column<?> values, Path source) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    Map<String, String> spelling = new LinkedHashMap<>();
    for (int i = 0; i < values.size(); i++) {
      String v = ColumnValues.text(values, i);
      if (v == null) {
        continue;
      }
      String key = spelling.computeIfAbsent(v.toLowerCase(Locale.ROOT), k -> v);
      counts.merge(key, 1, Integer::sum);
      if (counts.size() > 2) {
        throw new DataImportException(source, 0, values.name(), "This label column has more than two values ("
            + String.join(", ", counts.keySet()) + ", ...). A label needs exactly two: normal and anomaly. "
            + "Choose another label column, or set this one to FEATURE or IGNORED.");
      }
    }
    if (counts.isEmpty()) {
      throw new DataImportException(source, 0, values.name(), "This label column has no values. Choose another "
          + "label column, or none.");
    }
    return counts;
  }

  private static String knownAnomaly(String a, String b) {
    String la = a.toLowerCase(Locale.ROOT);
    String lb = b.toLowerCase(Locale.ROOT);
    boolean aAnomaly = ANOMALY_WORDS.contains(la);
    boolean bAnomaly = ANOMALY_WORDS.contains(lb);
    if (aAnomaly != bAnomaly) {
      return aAnomaly ? a : b;
    }
    boolean aNormal = NORMAL_WORDS.contains(la);
    boolean bNormal = NORMAL_WORDS.contains(lb);
    if (aNormal != bNormal) {
      return aNormal ? b : a;
    }
    return null;
  }

  /** With one value seen, a known pair still gives both codes (a 0/1 column of zeros stays 0/1). */
  private static LabelEncoding single(String column, String value, int count) {
    String lower = value.toLowerCase(Locale.ROOT);
    for (Map.Entry<String, String> pair : PAIRS.entrySet()) {
      if (pair.getKey().equals(lower)) {
        return new LabelEncoding(column, value, pair.getValue(), "Label '" + column + "': all " + count
            + " rows are '" + value + "' (anomaly); there are no normal rows.");
      }
      if (pair.getValue().equals(lower)) {
        return new LabelEncoding(column, pair.getKey(), value, "Label '" + column + "': all " + count
            + " rows are '" + value + "' (normal); there are no anomalies.");
      }
    }
    return new LabelEncoding(column, value, null, "Label '" + column + "': all " + count + " rows are '" + value
        + "', taken as anomaly; there are no normal rows.");
  }

  private static String describe(String column, String anomaly, String normal, Map<String, Integer> counts, String why) {
    return "Label '" + column + "': '" + anomaly + "' = anomaly (" + counts.get(anomaly) + " of "
        + (counts.get(anomaly) + counts.get(normal)) + " rows; " + why + "), '" + normal + "' = normal.";
  }
}
