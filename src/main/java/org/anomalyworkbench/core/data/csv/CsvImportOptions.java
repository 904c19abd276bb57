package org.anomalyworkbench.core.data.csv;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.DoubleConsumer;
import org.anomalyworkbench.core.data.ColumnRole;
import org.anomalyworkbench.core.data.NonNumericPolicy;
import org.anomalyworkbench.core.training.CancellationToken;

/**
 * How to read a CSV/TSV file. Start from {@link #defaults()} and change what you need with
 * the {@code with...} methods; each returns a new options object.
 *
 * @param delimiter field delimiter, or {@code null} to detect among comma, semicolon, tab and pipe
 * @param header whether the first line is a header; {@code null} to detect
 * @param extraMissingMarkers cell texts meaning "missing", in addition to {@link MissingMarkers#DEFAULTS}
 * @param maxCategoryLevels a text column with at most this many distinct values is
 *     CATEGORICAL (one-hot encoded), with more it is TEXT (not a feature by default)
 * @param roles roles to set after guessing, by column name (they win over guesses)
 * @param labelColumn the label column, or {@code null} to guess one by its name
 * @param cancel checked while parsing; a cancelled import throws
 *     {@link org.anomalyworkbench.core.training.TrainingCancelledException}
 * @param progress receives 0..1 on the importing thread, at most about 100 times; may be {@code null}
 * @param sampleRows data rows read first to choose column types (10,000 by default)
 * @param parseThreads 1 or 2 parser threads, or 0 to choose (2 for files of 4 MB and more
 *     when the machine has 2 or more processors)
 * @param nonNumeric what to do with cells that are not finite numbers in a column that is
 *     otherwise numeric (at least 90% of the sampled values are numbers and the others are
 *     at most 10 distinct texts): {@link NonNumericPolicy#STOP} by default, so that nothing
 *     is dropped or changed without the user choosing
 * @param decimal the decimal separator, '.' or ','; {@code null} to accept '.' everywhere and
 *     also ',' when the delimiter is not a comma (a column is one or the other)
 */
public record CsvImportOptions(
    Character delimiter,
    Boolean header,
    Set<String> extraMissingMarkers,
    int maxCategoryLevels,
    Map<String, ColumnRole> roles,
    String labelColumn,
    CancellationToken cancel,
    DoubleConsumer progress,
    int sampleRows,
    int parseThreads,
    NonNumericPolicy nonNumeric,
    Character decimal) {

  /** One-hot limit used unless changed. */
  public static final int DEFAULT_MAX_CATEGORY_LEVELS = 50;
  /** Rows sampled for type inference unless changed. */
  public static final int DEFAULT_SAMPLE_ROWS = 10_000;

  public CsvImportOptions {
    if (delimiter != null && (delimiter == '"' || delimiter == '\n' || delimiter == '\r')) {
      throw new IllegalArgumentException("The delimiter cannot be a quote or a line break.");
    }
    if (maxCategoryLevels < 1) {
      throw new IllegalArgumentException("maxCategoryLevels must be at least 1, was " + maxCategoryLevels);
    }
    if (sampleRows < 1) {
      throw new IllegalArgumentException("sampleRows must be at least 1, was " + sampleRows);
    }
    if (decimal != null && decimal != '.' && decimal != ',') {
      throw new IllegalArgumentException("The decimal separator must be '.' or ',', was '" + decimal + "'.");
    }
    if (parseThreads < 0 || parseThreads > 2) {
      throw new IllegalArgumentException("parseThreads must be 0 (choose), 1 or 2, was " + parseThreads);
    }
    extraMissingMarkers = extraMissingMarkers == null ? Set.of() : Set.copyOf(extraMissingMarkers);
    roles = roles == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(roles));
    cancel = cancel == null ? CancellationToken.none() : cancel;
    nonNumeric = nonNumeric == null ? NonNumericPolicy.STOP : nonNumeric;
  }

  /** Detect delimiter, header and label; default limits; no cancel, no progress. */
  public static CsvImportOptions defaults() {
    return new CsvImportOptions(null, null, Set.of(), DEFAULT_MAX_CATEGORY_LEVELS, Map.of(), null, null,
        null, DEFAULT_SAMPLE_ROWS, 0, NonNumericPolicy.STOP, null);
  }

  /** A fixed delimiter, or {@code null} to detect it. */
  public CsvImportOptions withDelimiter(Character newDelimiter) {
    return new CsvImportOptions(newDelimiter, header, extraMissingMarkers, maxCategoryLevels, roles, labelColumn,
        cancel, progress, sampleRows, parseThreads, nonNumeric, decimal);
  }

  /** Whether the first line is a header, or {@code null} to detect it. */
  public CsvImportOptions withHeader(Boolean hasHeader) {
    return new CsvImportOptions(delimiter, hasHeader, extraMissingMarkers, maxCategoryLevels, roles, labelColumn,
        cancel, progress, sampleRows, parseThreads, nonNumeric, decimal);
  }

  /** Extra missing-value markers (replacing earlier extras; the defaults always apply). */
  public CsvImportOptions withMissingMarkers(Set<String> markers) {
    return new CsvImportOptions(delimiter, header, markers, maxCategoryLevels, roles, labelColumn, cancel,
        progress, sampleRows, parseThreads, nonNumeric, decimal);
  }

  public CsvImportOptions withMaxCategoryLevels(int levels) {
    return new CsvImportOptions(delimiter, header, extraMissingMarkers, levels, roles, labelColumn, cancel,
        progress, sampleRows, parseThreads, nonNumeric, decimal);
  }

  /** Adds (or replaces) one explicit role. */
  public CsvImportOptions withRole(String column, ColumnRole role) {
    Map<String, ColumnRole> m = new LinkedHashMap<>(roles);
    m.put(column, role);
    return withRoles(m);
  }

  /** Replaces all explicit roles. */
  public CsvImportOptions withRoles(Map<String, ColumnRole> newRoles) {
    return new CsvImportOptions(delimiter, header, extraMissingMarkers, maxCategoryLevels, newRoles, labelColumn,
        cancel, progress, sampleRows, parseThreads, nonNumeric, decimal);
  }

  /** The label column, or {@code null} to guess it. */
  public CsvImportOptions withLabelColumn(String column) {
    return new CsvImportOptions(delimiter, header, extraMissingMarkers, maxCategoryLevels, roles, column, cancel,
        progress, sampleRows, parseThreads, nonNumeric, decimal);
  }

  public CsvImportOptions withCancellation(CancellationToken token) {
    return new CsvImportOptions(delimiter, header, extraMissingMarkers, maxCategoryLevels, roles, labelColumn,
        token, progress, sampleRows, parseThreads, nonNumeric, decimal);
  }

  public CsvImportOptions withProgress(DoubleConsumer callback) {
    return new CsvImportOptions(delimiter, header, extraMissingMarkers, maxCategoryLevels, roles, labelColumn,
        cancel, callback, sampleRows, parseThreads, nonNumeric, decimal);
  }

  public CsvImportOptions withSampleRows(int rows) {
    return new CsvImportOptions(delimiter, header, extraMissingMarkers, maxCategoryLevels, roles, labelColumn,
        cancel, progress, rows, parseThreads, nonNumeric, decimal);
  }

  /** 1 or 2 parser threads, or 0 to choose by file size. */
  public CsvImportOptions withParseThreads(int threads) {
    return new CsvImportOptions(delimiter, header, extraMissingMarkers, maxCategoryLevels, roles, labelColumn,
        cancel, progress, sampleRows, threads, nonNumeric, decimal);
  }

  /** What to do with non-number cells in an otherwise numeric column. */
  public CsvImportOptions withNonNumeric(NonNumericPolicy policy) {
    return new CsvImportOptions(delimiter, header, extraMissingMarkers, maxCategoryLevels, roles, labelColumn,
        cancel, progress, sampleRows, parseThreads, policy, decimal);
  }

  /** The decimal separator, '.' or ',', or {@code null} to detect it per column. */
  public CsvImportOptions withDecimal(Character separator) {
    return new CsvImportOptions(delimiter, header, extraMissingMarkers, maxCategoryLevels, roles, labelColumn,
        cancel, progress, sampleRows, parseThreads, nonNumeric, separator);
  }
}
