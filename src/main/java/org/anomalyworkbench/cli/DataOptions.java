package org.anomalyworkbench.cli;

import java.nio.file.Path;
import java.util.List;
import org.anomalyworkbench.core.data.ColumnInfo;
import org.anomalyworkbench.core.data.ColumnRole;
import org.anomalyworkbench.core.data.csv.CsvImportOptions;
import org.anomalyworkbench.core.data.csv.CsvImporter;
import org.anomalyworkbench.core.data.Dataset;
import org.anomalyworkbench.core.data.Schema;
import org.anomalyworkbench.core.project.MemoryEstimate;
import picocli.CommandLine.Option;

/** Options shared by commands that read a CSV: the file, its delimiter and the column roles. */
final class DataOptions {
  @Option(names = "--data", required = true, paramLabel = "FILE", description = "CSV or TSV file to read.")
  Path file;

  @Option(names = "--delimiter", paramLabel = "CHAR",
      description = "Field separator; detected among , ; TAB | when omitted. Use '\\t' for tab.")
  String delimiter;

  @Option(names = "--label", paramLabel = "COLUMN",
      description = "Column with 0/1 ground truth (1 = anomaly). Guessed from names like 'label' or 'class' when omitted.")
  String label;

  @Option(names = "--no-label", description = "Do not use any column as label, even a guessed one.")
  boolean noLabel;

  @Option(names = "--id", paramLabel = "COLUMN", description = "Column that identifies rows (kept in exports, never a feature).")
  String id;

  @Option(names = "--features", split = ",", paramLabel = "COLUMN",
      description = "Use only these columns as features (comma-separated). Default: every guessed feature column.")
  List<String> features;

  @Option(names = "--ignore", split = ",", paramLabel = "COLUMN", description = "Columns not to use (comma-separated).")
  List<String> ignore;

  /** Reads the file and applies the role options over the importer's guesses. */
  Dataset read() {
    CsvImportOptions options = CsvImportOptions.defaults();
    if (delimiter != null) {
      options = options.withDelimiter(parseDelimiter(delimiter));
    }
    MemoryEstimate.checkFits(file);
    Dataset data = CsvImporter.read(file, options);
    return data.withSchema(applyRoles(data.schema()));
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

  private static char parseDelimiter(String text) {
    String t = text.equals("\\t") || text.equalsIgnoreCase("tab") ? "\t" : text;
    if (t.length() != 1) {
      throw new IllegalArgumentException("--delimiter must be one character (or '\\t' for tab), not '" + text + "'.");
    }
    return t.charAt(0);
  }
}
