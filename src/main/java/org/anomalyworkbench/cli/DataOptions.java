package org.anomalyworkbench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.anomalyworkbench.core.data.ColumnInfo;
import org.anomalyworkbench.core.data.ColumnIssue;
import org.anomalyworkbench.core.data.ColumnRole;
import org.anomalyworkbench.core.data.LabelEncoder;
import org.anomalyworkbench.core.data.NonNumericPolicy;
import org.anomalyworkbench.core.data.csv.CsvImportOptions;
import org.anomalyworkbench.core.data.csv.CsvImportResult;
import org.anomalyworkbench.core.data.csv.CsvImporter;
import org.anomalyworkbench.core.data.csv.NonNumericCellsException;
import org.anomalyworkbench.core.data.Dataset;
import org.anomalyworkbench.core.data.Schema;
import org.anomalyworkbench.core.data.ImageOptions;
import org.anomalyworkbench.core.data.sample.SeriesCheck;
import picocli.CommandLine.Model.CommandSpec;
import org.anomalyworkbench.core.model.MemoryEstimate;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Options shared by commands that read a CSV: the file, its delimiter and decimal separator,
 * what to do with odd cells in numeric columns, and the column roles.
 */
final class DataOptions {
  // Not required by picocli: 'report --project' reads the project's data instead; the commands check.
  @Option(names = "--data", paramLabel = "FILE",
      description = "CSV or TSV file to read, or a folder of images (PNG, JPEG, BMP, GIF; sub-folders are classes).")
  Path file;

  /** Fails as a missing required option would, for commands that always read {@code --data}. */
  void requireFile() {
    if (file == null) {
      throw new picocli.CommandLine.ParameterException(command.commandLine(), "Missing required option: '--data=FILE'");
    }
  }

  @Option(names = "--image-size", paramLabel = "WxH",
      description = "For a folder of images: resize every image to this size, such as 28x28 (default: the most "
          + "common size, scaled down to at most 64 pixels a side).")
  String imageSize;

  @Option(names = "--colour", paramLabel = "MODE",
      description = "For a folder of images: grey, rgb or auto (default: grey when every file is grey).")
  String colour;

  @Option(names = "--fit", paramLabel = "HOW",
      description = "For a folder of images: pad (keep the aspect ratio, black borders; default) or stretch.")
  String fit;

  @Option(names = "--normal-class", split = ",", paramLabel = "CLASS",
      description = "For a folder of images: the sub-folders (classes) that are normal; detectors learn from their "
          + "images only, and images of other classes count as anomalies for evaluation.")
  List<String> normalClasses;

  @Option(names = "--delimiter", paramLabel = "CHAR",
      description = "Field separator; detected among , ; TAB | when omitted. Use '\\t' for tab.")
  String delimiter;

  @Option(names = "--decimal", paramLabel = "CHAR",
      description = "Decimal separator, . or , (default: . everywhere, and also , when the delimiter is not a comma).")
  String decimal;

  @Option(names = "--non-numeric", paramLabel = "WHAT",
      description = "Cells that are not numbers (oops, inf, 1e400, 1,234.5) in an otherwise numeric column: "
          + "stop (default: an error naming column, row and value), missing (read them as missing, with a "
          + "warning) or text (keep the column as text; it is then not a numeric feature).")
  String nonNumeric;

  @Option(names = "--label", paramLabel = "COLUMN",
      description = "Column with 0/1 ground truth (1 = anomaly). Guessed from names like 'label' or 'class' when omitted.")
  String label;

  @Option(names = "--no-label", description = "Do not use any column as label, even a guessed one.")
  boolean noLabel;

  @Option(names = "--id", paramLabel = "COLUMN", description = "Column that identifies rows (kept in exports, never a feature).")
  String id;

  @Option(names = "--time", paramLabel = "COLUMN",
      description = "Column with each row's time (date-times or epoch numbers): the rows form a series, "
          + "which series detectors such as lstm read in time order. Guessed (the first date-time column) when omitted.")
  String time;

  @Option(names = "--features", split = ",", paramLabel = "COLUMN",
      description = "Use only these columns as features (comma-separated). Default: every guessed feature column.")
  List<String> features;

  @Option(names = "--ignore", split = ",", paramLabel = "COLUMN", description = "Columns not to use (comma-separated).")
  List<String> ignore;

  @Spec(Spec.Target.MIXEE)
  CommandSpec command;

  /**
   * Reads the file and applies the role options over the importer's guesses. What the user
   * should check (odd cells read as missing or as text, the label mapping, columns named like
   * a label that were left out, dates whose day/month order was a guess, epoch numbers read as
   * time, and the series' gaps, duplicates and irregular sampling) is printed to the error stream.
   */
  Dataset read() throws java.io.IOException {
    return read(null);
  }

  /** The CSV delimiter given, or null when it is detected. */
  Character delimiterOption() {
    return delimiter == null ? null : parseDelimiter(delimiter);
  }

  /** The decimal separator given, or null when it is detected. */
  Character decimalOption() {
    return decimal == null ? null : parseDecimal(decimal);
  }

  /** What was asked for odd cells in numeric columns. */
  NonNumericPolicy nonNumericOption() {
    return parseNonNumeric(nonNumeric);
  }

  /**
   * As {@link #read()}; a folder of images is read with {@code modelImages} (the options a saved
   * model was trained with) when given, else with the image options of the command line.
   */
  Dataset read(ImageOptions modelImages) throws java.io.IOException {
    if (java.nio.file.Files.isDirectory(file)) {
      refuseTableOptions();
      ImageOptions options = modelImages != null ? modelImages : ImageInput.options(imageSize, colour, fit);
      return ImageInput.read(file, options, normalClasses == null ? List.of() : normalClasses, err());
    }
    if (imageSize != null || colour != null || fit != null || normalClasses != null) {
      throw new IllegalArgumentException("--image-size, --colour, --fit and --normal-class are for folders of images; "
          + file + " is a file. Give the folder of images as --data, or drop those options for a CSV.");
    }
    if (modelImages != null) {
      throw new IllegalArgumentException("The model was trained on images: give a folder of images as --data.");
    }
    CsvImportOptions options = CsvImportOptions.defaults().withNonNumeric(parseNonNumeric(nonNumeric));
    if (delimiter != null) {
      options = options.withDelimiter(parseDelimiter(delimiter));
    }
    MemoryEstimate.checkFits(file);
    if (decimal != null) {
      options = options.withDecimal(parseDecimal(decimal));
    }
    CsvImportResult result;
    try {
      result = CsvImporter.importFile(file, options);
    } catch (NonNumericCellsException e) {
      throw new IllegalArgumentException(e.getMessage() + " On the command line: --non-numeric missing or "
          + "--non-numeric text.", e);
    }
    Dataset data = result.dataset();
    Dataset out = data.withSchema(applyRoles(data.schema()));
    warn(result, out);
    return out;
  }

  /** Table options given with a folder would be ignored: say so rather than train without them. */
  private void refuseTableOptions() {
    java.util.Map<String, Object> given = new java.util.LinkedHashMap<>();
    given.put("--delimiter", delimiter);
    given.put("--decimal", decimal);
    given.put("--non-numeric", nonNumeric);
    given.put("--label", label);
    given.put("--id", id);
    given.put("--time", time);
    given.put("--features", features);
    given.put("--ignore", ignore);
    given.put("--no-label", noLabel ? Boolean.TRUE : null);
    List<String> set = given.entrySet().stream().filter(e -> e.getValue() != null).map(java.util.Map.Entry::getKey)
        .toList();
    if (!set.isEmpty()) {
      throw new IllegalArgumentException(String.join(", ", set) + (set.size() == 1 ? " is" : " are")
          + " for CSV files; " + file + " is a folder of images. For images use --image-size, --colour, --fit and "
          + "--normal-class (the label comes from the classes marked normal).");
    }
  }

  private PrintWriter err() {
    return command == null ? null : command.commandLine().getErr();
  }

  private void warn(CsvImportResult result, Dataset data) {
    if (command == null) {
      return;
    }
    PrintWriter err = command.commandLine().getErr();
    for (ColumnIssue issue : data.issues()) {
      err.println("Warning: " + issue.message());
    }
    for (String note : result.notes()) {
      if (note.contains("named like a label") || note.contains("reads both day first and month first")) {
        err.println("Warning: " + note);
      } else if (note.contains("holds numbers like epoch")) {
        err.println("Note: " + note);
      }
    }
    seriesLine(data).ifPresent(err::println);
    if (data.schema().label().isPresent()) {
      try {
        err.println(LabelEncoder.fit(data).explanation());
      } catch (org.anomalyworkbench.core.data.DataImportException e) {
        // Not two-valued: training stops with this same message, where it belongs.
      }
    }
  }

  /**
   * The series diagnostics when a column has the TIME role: a warning when rows are unsorted,
   * times repeat, or sampling has gaps or is irregular (series detectors assume even steps),
   * else one informative line.
   */
  static java.util.Optional<String> seriesLine(Dataset data) {
    try {
      return SeriesCheck.of(data).map(c -> (c.hasProblems() ? "Warning: " : "") + c.summary());
    } catch (org.anomalyworkbench.core.data.DataImportException e) {
      // A missing time: training stops with this same message, naming the row.
      return java.util.Optional.empty();
    }
  }

  Schema applyRoles(Schema schema) {
    Schema s = schema;
    if (noLabel && s.label().isPresent()) {
      s = s.withRole(s.label().get().name(), ColumnRole.IGNORED);
    }
    if (label != null) {
      s = s.withRole(label, ColumnRole.LABEL);
    }
    if (id != null) {
      s = s.withRole(id, ColumnRole.ID);
    }
    if (time != null) {
      s = s.withRole(time, ColumnRole.TIME);
    }
    if (features != null) {
      for (String f : features) {
        s = s.withRole(f, ColumnRole.FEATURE);
      }
      for (ColumnInfo c : s.features()) {
        if (!features.contains(c.name())) {
          s = s.withRole(c.name(), ColumnRole.IGNORED);
        }
      }
    }
    if (ignore != null) {
      for (String c : ignore) {
        s = s.withRole(c, ColumnRole.IGNORED);
      }
    }
    return s;
  }

  private static NonNumericPolicy parseNonNumeric(String text) {
    if (text == null) {
      return NonNumericPolicy.STOP;
    }
    try {
      return NonNumericPolicy.valueOf(text.strip().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--non-numeric must be stop, missing or text, not '" + text + "'.");
    }
  }

  private static char parseDecimal(String text) {
    if (!text.equals(".") && !text.equals(",")) {
      throw new IllegalArgumentException("--decimal must be . or , (the decimal separator), not '" + text + "'.");
    }
    return text.charAt(0);
  }

  private static char parseDelimiter(String text) {
    String t = text.equals("\\t") || text.equalsIgnoreCase("tab") ? "\t" : text;
    if (t.length() != 1) {
      throw new IllegalArgumentException("--delimiter must be one character (or '\\t' for tab), not '" + text + "'.");
    }
    return t.charAt(0);
  }
}
