package org.anomalyworkbench.core.data.csv;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import org.anomalyworkbench.core.training.CancellationToken;

/** Parses one line-aligned byte range of the file into its sinks. */
final class RangeWorker implements Callable<RangeWorker.Result> {

  /**
   * What one range produced.
   *
   * @param sinks one per column, holding {@code rows} values
   * @param rows data rows in the range
   * @param multiLineField whether a quoted field contained a line break
   */
  record Result(ColumnSink[] sinks, int rows, boolean multiLineField) {
  }

  private final Path file;
  private final FileProbe probe;
  private final long start;
  private final long end;
  private final char delimiter;
  private final RangeHandler handler;
  private final ColumnSink[] sinks;
  private final ProgressTracker progress;

  /**
   * @param start first byte of the range
   * @param end byte after the range (just after a line break, or the end of the file)
   * @param sinks where the values go (a region of the shared column arrays)
   */
  RangeWorker(Path file, FileProbe probe, long start, long end, char delimiter, boolean skipHeader,
      ColumnSink[] sinks, CancellationToken cancel, AtomicBoolean abort, ProgressTracker progress) {
    this.file = file;
    this.probe = probe;
    this.start = start;
    this.end = end;
    this.delimiter = delimiter;
    this.sinks = sinks;
    this.handler = new RangeHandler(sinks, skipHeader, cancel, abort);
    this.progress = progress;
  }

  /** The FastCSV settings of the full parse; {@link RecordSplitter} follows the same rules. */
  static CsvReader.CsvReaderBuilder builder(char delimiter) {
    return CsvReader.builder()
        .fieldSeparator(delimiter)
        .quoteCharacter('"')
        .commentStrategy(CommentStrategy.NONE)
        .commentCharacter('\u0001')
        .skipEmptyLines(true)
        .ignoreDifferentFieldCount(true)
        .acceptCharsAfterQuotes(true);
  }

  /**
   * Parses the range. Throws {@link ParseStop} for a data problem, an {@link IOException}
   * (for example a {@link java.nio.charset.MalformedInputException}) for a reading problem,
   * and the cancellation exception when cancelled, each unwrapped from FastCSV's wrappers.
   */
  @Override
  public Result call() throws IOException {
    try (Reader in = RangeInput.open(file, start, end, probe.charset(), progress);
         CsvReader<Object> csv = builder(delimiter).build(handler, in)) {
      for (Object ignored : csv) {
        // buildRecord returns null for every record, so this loop body never runs: the
        // first hasNext() parses the whole range through the handler.
      }
    } catch (CsvParseException | UncheckedIOException e) {
      throw unwrap(e);
    }
    return new Result(sinks, handler.rows(), handler.sawMultiLineField());
  }

  /** FastCSV wraps everything thrown during parsing; recover the original. */
  static IOException unwrap(RuntimeException e) {
    Throwable t = e;
    while ((t instanceof CsvParseException || t instanceof UncheckedIOException) && t.getCause() != null) {
      t = t.getCause();
    }
    if (t instanceof IOException io) {
      return io;
    }
    if (t instanceof RuntimeException r && t != e) {
      throw r;
    }
    if (t instanceof Error err) {
      throw err;
    }
    throw e;
  }
}
