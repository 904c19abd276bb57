/**
 * CSV/TSV import: {@link org.anomalyworkbench.core.data.csv.CsvImporter} with its
 * {@link org.anomalyworkbench.core.data.csv.CsvImportOptions}.
 *
 * <p>Pipeline: {@code FileProbe} (empty, binary, BOM, encoding) then {@code DelimiterSniffer},
 * {@code SampleReader} + {@code RecordSplitter} (first rows), {@code HeaderDetector},
 * {@code HeaderNames}, {@code TypeInference}, then {@code FullParse} (FastCSV callback
 * {@code RangeHandler} writing into {@code ColumnStore} arrays through typed sinks, one or
 * two line-aligned byte ranges), {@code TableAssembler} (Tablesaw columns) and
 * {@code RoleGuesser} (schema). {@code ImportErrors} words every problem for the user.
 *
 * <p>Choices: numbers are doubles (NaN = missing); dates and date-times are Tablesaw
 * date-times (not epoch longs), so the table shows them readably and preparation turns them
 * into epoch seconds; invalid UTF-8 is read as Windows-1252 with a note rather than refused;
 * a value after the sample that breaks its column's type is an error naming the cell, not a
 * silent re-typing.
 */
package org.anomalyworkbench.core.data.csv;
