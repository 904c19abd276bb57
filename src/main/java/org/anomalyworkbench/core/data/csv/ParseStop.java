package org.anomalyworkbench.core.data.csv;

/**
 * Stops a parser thread at the first problem; the importer turns it into a user message.
 * No stack trace: it is control flow, and the location is in the fields.
 */
final class ParseStop extends RuntimeException {
  /** What went wrong. */
  enum Kind {
    /** A cell that does not fit its column's type. */
    BAD_CELL,
    /** A record with more or fewer fields than the header. */
    RAGGED,
    /** Another parser thread failed; this one stopped early. */
    ABORTED
  }

  final Kind kind;
  final long line;
  final int column;
  final String text;
  final int fieldCount;

  ParseStop(Kind kind, long line, int column, String text, int fieldCount) {
    super(kind + " at line " + line, null, false, false);
    this.kind = kind;
    this.line = line;
    this.column = column;
    this.text = text;
    this.fieldCount = fieldCount;
  }
}
