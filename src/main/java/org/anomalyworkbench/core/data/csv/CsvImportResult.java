package org.anomalyworkbench.core.data.csv;

import java.nio.charset.Charset;
import java.util.List;
import org.anomalyworkbench.core.data.Dataset;

/**
 * An imported file with what the importer decided on the way, for the import dialog.
 *
 * @param dataset the table and its schema (kinds and guessed or given roles)
 * @param delimiter the delimiter used (given or detected)
 * @param header whether the first line was read as a header
 * @param charset the encoding used
 * @param notes one sentence per decision the user may want to check (detected delimiter,
 *     renamed columns, encoding fallback, re-typed columns)
 */
public record CsvImportResult(Dataset dataset, char delimiter, boolean header, Charset charset, List<String> notes) {
  public CsvImportResult {
    notes = List.copyOf(notes);
  }
}
