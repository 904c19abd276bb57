package org.anomalyworkbench.core.data.csv;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.anomalyworkbench.core.data.ColumnInfo;
import org.anomalyworkbench.core.data.ColumnKind;
import org.anomalyworkbench.core.data.ColumnRole;
import org.anomalyworkbench.core.data.DataImportException;
import org.anomalyworkbench.core.data.Schema;
import org.anomalyworkbench.core.data.ColumnValues;
import org.anomalyworkbench.core.data.LabelEncoder;
import org.anomalyworkbench.core.data.sample.EpochUnit;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.columns.Column;

/**
 * Guesses each column's role, then applies the roles the user gave.
 *
 * <ul>
 *   <li>LABEL: named {@code label}, {@code class}, {@code is_anomaly}, {@code anomaly},
 *       {@code is_outlier}, {@code outlier}, {@code target} or {@code y} (any case; this
 *       order decides between several) with exactly two distinct values (or one, when it is
 *       a label word such as 0: a series without anomalies). Other columns with such a
 *       name, or a name containing {@code anomal}, {@code outlier}, {@code label} or
 *       {@code fraud} (NAB's {@code anomaly_point}), become IGNORED whatever their values (a
 *       second copy of the ground truth, or one coded with more than two values, must never
 *       leak into the features); the importer's notes say so.</li>
 *   <li>ID: named {@code id}, {@code index}, {@code key}, {@code rowid} or ending in
 *       {@code _id} / {@code  id}, with all values distinct and none missing; or a TEXT
 *       column (more distinct values than the one-hot limit) whose values are all distinct. Only the first becomes ID, further ones IGNORED.</li>
 *   <li>TIME: the first date-time column, or the first numeric column named like a time
 *       ({@code timestamp}, {@code time}, {@code epoch}, {@code unix_time}, {@code ts},
 *       {@code datetime}, {@code date}, ...) whose values are all present, look like epoch
 *       seconds or milliseconds ({@link EpochUnit}) and rise in file order (at most 1% of
 *       steps go back: a few late rows are sorted, a shuffled column is not a clock); such a
 *       column is never a feature, its rising values would only teach the model the date.
 *       Further date-time columns are IGNORED.</li>
 *   <li>IGNORED: text columns with more distinct values than the one-hot limit, and columns
 *       with no values at all.</li>
 *   <li>FEATURE: everything else.</li>
 * </ul>
 */
final class RoleGuesser {
  static final List<String> LABEL_NAMES =
      List.of("label", "class", "is_anomaly", "anomaly", "is_outlier", "outlier", "target", "y");
  private static final List<String> LABEL_WORDS = List.of("anomal", "outlier", "label", "fraud");
  private static final List<String> ID_NAMES = List.of("id", "index", "key", "rowid", "row_id");
  static final List<String> TIME_NAMES = List.of("timestamp", "time", "epoch", "unix_time", "ts", "datetime", "date",
      "unix", "unixtime", "time_stamp", "epoch_time", "epoch_ms", "timestamp_ms");
  /** Share of steps back in time an epoch column may have and still be a clock. */
  static final double MAX_STEPS_BACK = 0.01;

  private RoleGuesser() {
  }

  static Schema guess(List<TableAssembler.Built> cols, int rows) {
    int labelAt = labelColumn(cols);
    List<ColumnInfo> infos = new ArrayList<>();
    boolean haveId = false;
    boolean haveTime = false;
    for (int c = 0; c < cols.size(); c++) {
      TableAssembler.Built b = cols.get(c);
      ColumnRole role;
      if (c == labelAt) {
        role = ColumnRole.LABEL;
      } else if (isLabelLike(lower(b))) {
        // Named like ground truth but not the label (another coding, a second copy): as a
        // feature it would leak the answer into the model, so it is left out and reported.
        role = ColumnRole.IGNORED;
      } else if (!haveTime && epochUnit(b).isPresent()) {
        role = ColumnRole.TIME;
        haveTime = true;
      } else if (looksLikeId(b, rows)) {
        role = haveId ? ColumnRole.IGNORED : ColumnRole.ID;
        haveId = true;
      } else if (b.kind() == ColumnKind.DATETIME) {
        role = haveTime ? ColumnRole.IGNORED : ColumnRole.TIME;
        haveTime = true;
      } else if (b.kind() == ColumnKind.TEXT || b.missing() == rows) {
        role = ColumnRole.IGNORED;
      } else {
        role = ColumnRole.FEATURE;
      }
      infos.add(new ColumnInfo(b.column().name(), b.kind(), role, b.missing(), b.distinct()));
    }
    return new Schema(infos);
  }

  /**
   * The epoch unit of a numeric column named like a time whose values are all present, in an
   * epoch range and rising (nearly) in file order; empty for every other column.
   */
  static java.util.Optional<EpochUnit> epochUnit(TableAssembler.Built b) {
    if (!(b.column() instanceof DoubleColumn d) || b.missing() > 0 || d.size() < 2 || !TIME_NAMES.contains(lower(b))) {
      return java.util.Optional.empty();
    }
    double lowest = Double.POSITIVE_INFINITY;
    double highest = Double.NEGATIVE_INFINITY;
    int back = 0;
    for (int r = 0; r < d.size(); r++) {
      double v = d.getDouble(r);
      lowest = Math.min(lowest, v);
      highest = Math.max(highest, v);
      if (r > 0 && v < d.getDouble(r - 1)) {
        back++;
      }
    }
    if (back > MAX_STEPS_BACK * (d.size() - 1)) {
      return java.util.Optional.empty();
    }
    return EpochUnit.of(lowest, highest);
  }

  /** Index of the best label candidate, or -1. */
  private static int labelColumn(List<TableAssembler.Built> cols) {
    int best = -1;
    int bestRank = Integer.MAX_VALUE;
    for (int c = 0; c < cols.size(); c++) {
      TableAssembler.Built b = cols.get(c);
      int rank = LABEL_NAMES.indexOf(lower(b));
      if (rank >= 0 && labelValues(b) && rank < bestRank) {
        best = c;
        bestRank = rank;
      }
    }
    return best;
  }

  /** Two values, or one that is a label word (a 0/1 label of a series without anomalies is all 0). */
  private static boolean labelValues(TableAssembler.Built b) {
    if (b.distinct() == 2) {
      return true;
    }
    if (b.distinct() != 1) {
      return false;
    }
    Column<?> c = b.column();
    for (int i = 0; i < c.size(); i++) {
      String v = ColumnValues.text(c, i);
      if (v != null) {
        return LabelEncoder.isLabelWord(v);
      }
    }
    return false;
  }

  /** A name that suggests ground truth. */
  static boolean isLabelLike(String lowerName) {
    return LABEL_NAMES.contains(lowerName) || LABEL_WORDS.stream().anyMatch(lowerName::contains);
  }

  private static boolean looksLikeId(TableAssembler.Built b, int rows) {
    if (b.missing() > 0 || rows < 2) {
      return false;
    }
    String n = lower(b);
    boolean idName = ID_NAMES.contains(n) || n.endsWith("_id") || n.endsWith(" id");
    if (b.kind() == ColumnKind.TEXT) {
      return b.distinct() == rows;
    }
    if (!idName) {
      return false;
    }
    if (b.column() instanceof DoubleColumn d) {
      return DistinctCounter.count(d, rows) == rows;
    }
    return b.distinct() == rows;
  }

  private static String lower(TableAssembler.Built b) {
    return b.column().name().strip().toLowerCase(Locale.ROOT);
  }

  /**
   * Applies the user's roles: first the label column, then each explicit role (later ones
   * win; LABEL, ID and TIME stay unique, see {@link Schema#withRole}).
   */
  static Schema applyExplicit(Schema schema, String labelColumn, Map<String, ColumnRole> roles, Path file) {
    Schema out = schema;
    if (labelColumn != null) {
      requireColumn(out, labelColumn, file);
      ColumnInfo info = out.column(labelColumn).orElseThrow();
      if (info.distinct() > 2) {
        throw new DataImportException(file, 0, labelColumn, "This column was chosen as the label, but it has "
            + distinctText(info) + " distinct values; a label needs exactly two (normal and anomaly). "
            + "Choose another label column, or none.");
      }
      out = withoutOtherLabels(out, labelColumn).withRole(labelColumn, ColumnRole.LABEL);
    }
    for (Map.Entry<String, ColumnRole> e : roles.entrySet()) {
      requireColumn(out, e.getKey(), file);
      out = out.withRole(e.getKey(), e.getValue());
    }
    return out;
  }

  private static Schema withoutOtherLabels(Schema schema, String keep) {
    Schema out = schema;
    for (ColumnInfo c : schema.columns()) {
      if (c.role() == ColumnRole.LABEL && !c.name().equals(keep)) {
        out = out.withRole(c.name(), ColumnRole.IGNORED);
      }
    }
    return out;
  }

  private static String distinctText(ColumnInfo info) {
    return info.kind() == ColumnKind.NUMERIC && info.distinct() > TableAssembler.NUMERIC_DISTINCT_CAP
        ? "more than " + TableAssembler.NUMERIC_DISTINCT_CAP : String.valueOf(info.distinct());
  }

  private static void requireColumn(Schema schema, String name, Path file) {
    if (schema.column(name).isEmpty()) {
      throw new DataImportException(file, 0, name, "There is no column with this name, so its role "
          + "cannot be set. Columns: " + schema.columns().stream().map(ColumnInfo::name).toList());
    }
  }
}
