package org.anomalyworkbench.core.data;

import java.nio.file.Path;

/**
 * A file that cannot be imported, with where and why. The message is complete and meant for
 * the user: it names the file, the line and the column when known, and what to do next.
 */
public class DataImportException extends RuntimeException {
  private final transient Path file;
  private final long line;
  private final String column;

  /**
   * @param file the file being read
   * @param line 1-based physical line number (header = 1), or 0 when not tied to a line
   * @param column column name (or 1-based number as text), or {@code null}
   * @param problem what is wrong and what to do, without the location
   */
  public DataImportException(Path file, long line, String column, String problem) {
    super(format(file, line, column, problem));
    this.file = file;
    this.line = line;
    this.column = column;
  }

  public Path file() { return file; }

  public long line() { return line; }

  public String column() { return column; }

  private static String format(Path file, long line, String column, String problem) {
    StringBuilder sb = new StringBuilder();
    sb.append(file == null ? "(data)" : file.getFileName().toString());
    if (line > 0) {
      sb.append(", line ").append(line);
    }
    if (column != null) {
      sb.append(", column '").append(column).append('\'');
    }
    return sb.append(": ").append(problem).toString();
  }
}
