package org.anomalyworkbench.core.data.csv;

import de.siegmar.fastcsv.reader.CsvParseException;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.anomalyworkbench.core.data.ColumnInfo;
import org.anomalyworkbench.core.data.ColumnIssue;
import org.anomalyworkbench.core.data.ColumnRole;
import org.anomalyworkbench.core.data.DataImportException;
import org.anomalyworkbench.core.data.Dataset;
import org.anomalyworkbench.core.data.NonNumericPolicy;
import org.anomalyworkbench.core.data.Schema;
import org.anomalyworkbench.core.data.csv.SampleReader.Sample;
import org.anomalyworkbench.core.training.TrainingCancelledException;
import tech.tablesaw.api.Table;

/**
 * Reads a CSV or TSV file into a {@link Dataset}: values in a Tablesaw table, kinds and
 * guessed roles in its schema.
 *
 * <p>How: the first megabyte is checked (empty, binary, encoding, BOM) and the delimiter
 * detected; the first {@link CsvImportOptions#sampleRows()} rows decide whether there is a
 * header and each column's type; then the whole file is parsed by FastCSV into primitive
 * arrays, on two threads for large files (each takes half the file, split at a line break;
 * see {@link FullParse} for why that never changes the result).
 *
 * <p>Storage: numbers as {@code DoubleColumn} (NaN = missing), dates and date-times as
 * {@code DateTimeColumn} (a date alone is midnight; values with an offset are converted to
 * UTC), text as {@code StringColumn} (trimmed; missing = Tablesaw's missing string). Cells
 * that match {@link MissingMarkers} are missing. Blank lines are skipped.
 *
 * <p>Errors: every problem is one {@link DataImportException} naming the file, the physical
 * line and the column where known: empty file, header without rows, rows with another number
 * of fields than the header, binary files, and a date after the sample that does not fit
 * its column's type (the import stops there rather than guessing). Invalid UTF-8 is not an
 * error: the file is read as Windows-1252 and a note says so.
 *
 * <p>Cells that are not finite numbers ({@code oops}, {@code inf}, {@code 1e400},
 * {@code 1,234.5}) in a column that is otherwise numeric are never dropped silently: by
 * {@link CsvImportOptions#nonNumeric()} the import stops with a
 * {@link NonNumericCellsException} naming column, count, first row and value, or reads them as
 * missing, or keeps the column as text; the last two are reported in
 * {@link Dataset#issues()} and the notes.
 */
public final class CsvImporter {
  private CsvImporter() {
  }

  /**
   * Starts Tablesaw's one-time initialisation (0.5-1 s) on a background thread. Call it at
   * application start-up so that the first import does not wait for it.
   */
  public static void warmUp() {
    TablesawWarmUp.start();
  }

  /** Reads {@code file}; see {@link #importFile} for the decisions taken on the way. */
  public static Dataset read(Path file, CsvImportOptions options) {
    return importFile(file, options).dataset();
  }

  /**
   * Reads {@code file} and reports what was detected.
   *
   * @throws DataImportException when the file cannot be imported (message for the user)
   * @throws org.anomalyworkbench.core.training.TrainingCancelledException when cancelled
   */
  public static CsvImportResult importFile(Path file, CsvImportOptions options) {
    TablesawWarmUp.start();
    FileProbe probe = FileProbe.probe(file);
    try {
      try {
        return attempt(file, probe, options, encodingNotes(file, probe));
      } catch (MalformedInputException e) {
        FileProbe latin = probe.withCharset(FileProbe.WINDOWS_1252);
        return attempt(file, latin, options, encodingNotes(file, latin));
      }
    } catch (CsvParseException e) {
      throw ImportErrors.unreadable(file, e);
    } catch (IOException e) {
      throw new DataImportException(file, 0, null, "The file could not be read (" + e.getMessage()
          + "). Check that it still exists and that no other program locks it.");
    } catch (DataImportException | TrainingCancelledException e) {
      throw e;
    } catch (RuntimeException e) {
      // A bug on our side: still one message naming the file, with the cause kept for the log.
      DataImportException wrapped = new DataImportException(file, 0, null, "The import failed unexpectedly ("
          + e + "). Please report this problem together with the file, if you can.");
      wrapped.initCause(e);
      throw wrapped;
    }
  }

  private static List<String> encodingNotes(Path file, FileProbe probe) throws IOException {
    List<String> notes = new ArrayList<>();
    if (probe.charset().equals(FileProbe.WINDOWS_1252)) {
      Utf8.Position at = Utf8.locate(file);
      notes.add("The file is not valid UTF-8" + (at == null ? "" : " (first at line " + at.line() + ")")
          + ", so it was read as Windows-1252. If accented letters look wrong, save it as UTF-8 and import again.");
    } else if (!probe.utf8()) {
      notes.add("The file is " + probe.charset().name() + " (it starts with a byte-order mark).");
    }
    return notes;
  }

  private static CsvImportResult attempt(Path file, FileProbe probe, CsvImportOptions options, List<String> notes)
      throws IOException {
    MissingMarkers markers = MissingMarkers.withExtra(options.extraMissingMarkers());
    char delimiter = options.delimiter() != null ? options.delimiter()
        : DelimiterSniffer.detect(probe.headText(), probe.headIsWholeFile());
    if (options.delimiter() == null) {
      notes.add("Delimiter detected: " + ImportErrors.describe(delimiter) + ".");
    }
    Sample sample = SampleReader.read(file, probe, delimiter, options.sampleRows() + 1);
    if (sample.size() == 0) {
      throw new DataImportException(file, 0, null, "The file has no rows (only blank lines). "
          + "Choose a CSV or TSV file with a header line and at least one data row.");
    }
    boolean header = options.header() != null ? options.header() : HeaderDetector.hasHeader(sample.records(), markers);
    if (options.header() == null) {
      notes.add(header ? "The first line was read as the header." : "The file has no header line: columns are named col_1, col_2, ...");
    }
    List<String[]> body = sample.records().subList(header ? 1 : 0, sample.size());
    int columns = sample.records().get(0).length;
    ImportErrors.Context ctx = new ImportErrors.Context(file, null, body.size(), header, columns, delimiter);
    checkSample(sample, body, ctx, options.header() == null);
    List<String> names = HeaderNames.of(header ? sample.records().get(0) : null, columns, notes);
    List<ColumnPlan> plans = TypeInference.infer(names, body, markers, delimiter, options.decimal(),
        options.nonNumeric());
    ProgressTracker progress = new ProgressTracker(probe.size(), options.progress());
    FullParse.Parsed parsed = parse(file, probe, options, markers, delimiter, header, plans, progress,
        new ImportErrors.Context(file, plans, body.size(), header, columns, delimiter), threads(options, probe, sample));
    TablesawWarmUp.await();
    List<TableAssembler.Built> built = TableAssembler.build(plans, parsed, options.maxCategoryLevels(), notes);
    List<ColumnIssue> issues = NonNumericCells.collect(plans, parsed, built, options.nonNumeric());
    if (options.nonNumeric() == NonNumericPolicy.STOP && !issues.isEmpty()) {
      throw new NonNumericCellsException(file, issues);
    }
    issues.forEach(i -> notes.add(i.message()));
    String name = datasetName(file);
    Table table = TableAssembler.table(name, built);
    Schema guessed = RoleGuesser.guess(built, parsed.rows());
    noteEpochTime(built, guessed, notes);
    noteGuesses(guessed, options, notes);
    Schema schema = RoleGuesser.applyExplicit(guessed, options.labelColumn(), options.roles(), file);
    progress.finish();
    return new CsvImportResult(new Dataset(name, file, table, schema, issues, timeFormats(plans, notes, body.size())),
        delimiter, header, probe.charset(), notes);
  }

  /**
   * The full parse. When the user wants odd cells kept as text, a numeric column that meets
   * one after the sample is re-planned as text and the file parsed again (plans has the new
   * plan on return); every other problem ends the import with its message.
   */
  private static FullParse.Parsed parse(Path file, FileProbe probe, CsvImportOptions options, MissingMarkers markers,
      char delimiter, boolean header, List<ColumnPlan> plans, ProgressTracker progress, ImportErrors.Context ctx,
      int threads) throws IOException {
    boolean tolerant = options.nonNumeric() != NonNumericPolicy.TEXT;
    while (true) {
      FullParse.Job job = new FullParse.Job(file, probe, delimiter, header, plans, markers, tolerant, options.cancel(),
          progress);
      try {
        return FullParse.run(job, threads);
      } catch (ParseStop stop) {
        boolean retype = stop.kind == ParseStop.Kind.BAD_CELL && !tolerant
            && plans.get(stop.column).storage() == ColumnPlan.Storage.NUMBER;
        if (!retype) {
          throw ImportErrors.of(stop, ctx);
        }
        plans.set(stop.column, plans.get(stop.column).asText());
        progress.reset();
      }
    }
  }

  /**
   * The source form of each date-time column, for exports; notes how day-or-month-first dates
   * were read, and says so loudly when the sample could not tell.
   */
  private static java.util.Map<String, String> timeFormats(List<ColumnPlan> plans, List<String> notes, int sampled) {
    java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
    for (ColumnPlan p : plans) {
      if (p.storage() != ColumnPlan.Storage.DATETIME || p.datePattern() == null) {
        continue;
      }
      out.put(p.name(), p.datePattern());
      if (p.datePattern().startsWith("y")) {
        continue;
      }
      String pattern = p.datePattern();
      if (p.ambiguousOrder()) {
        notes.add("Column '" + p.name() + "': every date in the first " + sampled + " rows reads both day first "
            + "and month first (no field above 12), so it was read day first (" + pattern + "). If the file "
            + "writes the month first, rewrite the column as yyyy-MM-dd and import it again.");
      } else {
        notes.add("Column '" + p.name() + "' holds dates written " + (p.dayFirst() ? "day first (" + pattern
            + "): some first field is above 12." : "month first (" + pattern + "): some second field is above 12."));
      }
    }
    return out;
  }

  /** Header without rows, and rows with another field count than the first record. */
  private static void checkSample(Sample sample, List<String[]> body, ImportErrors.Context ctx, boolean headerGuessed) {
    if (body.isEmpty()) {
      throw new DataImportException(ctx.file(), 0, null, "The file has a header line but no data rows"
          + (headerGuessed ? " (its only line was read as the header)" : "")
          + ". Add data rows below the header, or choose the complete file.");
    }
    for (int r = 1; r < sample.size(); r++) {
      int fields = sample.records().get(r).length;
      if (fields != ctx.columns()) {
        throw ImportErrors.ragged(ctx, sample.lines().get(r), fields);
      }
    }
  }

  private static int threads(CsvImportOptions options, FileProbe probe, Sample sample) {
    boolean splittable = (probe.utf8() || probe.charset().equals(FileProbe.WINDOWS_1252))
        && !sample.multiLineFields() && !sample.wholeFile();
    if (!splittable) {
      return 1;
    }
    if (options.parseThreads() > 0) {
      return options.parseThreads();
    }
    boolean big = probe.size() >= FullParse.MIN_PARALLEL_BYTES;
    return big && Runtime.getRuntime().availableProcessors() >= 2 ? 2 : 1;
  }

  /** Says which numeric column was read as epoch time, with its first value as a date to check. */
  private static void noteEpochTime(List<TableAssembler.Built> built, Schema guessed, List<String> notes) {
    for (TableAssembler.Built b : built) {
      ColumnInfo info = guessed.column(b.column().name()).orElseThrow();
      if (info.role() != ColumnRole.TIME || info.kind() != org.anomalyworkbench.core.data.ColumnKind.NUMERIC) {
        continue;
      }
      org.anomalyworkbench.core.data.sample.EpochUnit unit = RoleGuesser.epochUnit(b).orElseThrow();
      double first = ((tech.tablesaw.api.DoubleColumn) b.column()).getDouble(0);
      java.time.Instant at = java.time.Instant.ofEpochMilli((long) (first * unit.millis()));
      notes.add("Column '" + info.name() + "' holds numbers like " + unit.label() + " (the first, "
          + java.math.BigDecimal.valueOf(first).toPlainString() + ", is " + at.toString().replace('T', ' ')
          .replace("Z", " UTC") + "): read as " + unit.label() + ", the time of each row, not a feature. "
          + "If it is a measurement, set its role to Feature.");
    }
  }

  private static void noteGuesses(Schema guessed, CsvImportOptions options, List<String> notes) {
    if (options.labelColumn() == null) {
      guessed.label().ifPresent(c -> notes.add("Column '" + c.name() + "' has two values and a label-like name: "
          + "it is the label (ground truth), not a feature."));
    }
    String label = options.labelColumn() != null ? options.labelColumn()
        : guessed.label().map(ColumnInfo::name).orElse(null);
    for (ColumnInfo c : guessed.columns()) {
      if (c.role() != ColumnRole.IGNORED || options.roles().containsKey(c.name()) || c.name().equals(label)) {
        continue;
      }
      if (RoleGuesser.isLabelLike(c.name().strip().toLowerCase(java.util.Locale.ROOT)) && c.distinct() > 0) {
        notes.add(labelLikeNote(c, label));
      } else {
        notes.add("Column '" + c.name() + "' is not used as a feature (" + ignoredReason(c) + ").");
      }
    }
  }

  /** Why a column named like ground truth is neither the label nor a feature, and what to do. */
  private static String labelLikeNote(ColumnInfo c, String label) {
    String values = c.distinct() == 2 && label != null ? "has two values, but '" + label + "' is the label"
        : c.distinct() == 2 ? "its name is not one taken as the label (" + String.join(", ", RoleGuesser.LABEL_NAMES)
            + "); choose it as the label if it is one"
        : c.distinct() == 1 ? "has only one value"
        : "has " + (c.distinct() > TableAssembler.NUMERIC_DISTINCT_CAP ? "more than " + TableAssembler.NUMERIC_DISTINCT_CAP
            : c.distinct()) + " different values, not two";
    return "Column '" + c.name() + "' is named like a label but " + values + ", so it is not used as a feature "
        + "(ground truth must not leak into the model). If it is a measurement, set its role to Feature; "
        + "if it is the label, recode it to two values.";
  }

  private static String ignoredReason(ColumnInfo c) {
    if (c.missing() > 0 && c.distinct() == 0) {
      return "it has no values";
    }
    return switch (c.kind()) {
      case TEXT -> "text with " + c.distinct() + " different values";
      case DATETIME -> "a second date column";
      default -> RoleGuesser.isLabelLike(c.name().toLowerCase(java.util.Locale.ROOT))
          ? "it looks like ground truth, not a measurement" : "a second id column";
    };
  }

  private static String datasetName(Path file) {
    String n = file.getFileName().toString();
    int dot = n.lastIndexOf('.');
    return dot > 0 ? n.substring(0, dot) : n;
  }
}
