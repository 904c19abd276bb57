package org.anomalyworkbench.core.data.csv;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits the sample text into records exactly as the full parse does: a port of FastCSV
 * 3.4.0's parser state machine ({@code CsvParser.consume}) with the settings of
 * {@link RangeWorker#builder} (no comments, characters after a closing quote accepted, blank
 * lines skipped), working on a string instead of a streaming buffer. It keeps FastCSV's
 * quirks: a quote after a closing quote re-opens quoted mode, lone quotes inside a quoted
 * field are dropped, and an LF right after a CR inside quotes is not counted as a line.
 *
 * <p>Why not FastCSV itself: the sample is parsed first, and running FastCSV's parser over
 * it with another callback handler than the full parse's made the JIT compile FastCSV's
 * parser loop for the wrong handler and then throw that code away: a large part of a fresh
 * JVM's import time. {@code RecordSplitterTest} checks this port against FastCSV on random text.
 */
final class RecordSplitter {
  private static final int DATA_FIELD = 1;
  private static final int QUOTED_FIELD = 2;
  private static final int QUOTED_MODE = 4;
  private static final int NEW_FIELD = 8;
  private static final int LAST_CHAR_WAS_CR = 32;
  private static final char QUOTE = '"';

  private final String text;
  private final char delimiter;
  private final boolean endOfInput;
  private final List<String> fields = new ArrayList<>();
  private boolean firstFieldQuoted;
  private int pos;
  private int begin;
  private int status;
  private int lines;

  private RecordSplitter(CharSequence text, char delimiter, boolean endOfInput) {
    this.text = text.toString();
    this.delimiter = delimiter;
    this.endOfInput = endOfInput;
  }

  /**
   * The records.
   *
   * @param records fields of each record
   * @param lines physical line (1-based, as FastCSV counts) where each record starts
   * @param consumedAll whether every character was used (false when stopped at the maximum
   *     or at a record cut off by the end of a text that is not the end of the file)
   */
  record Result(List<String[]> records, List<Long> lines, boolean consumedAll) {
  }

  /**
   * @param endOfInput whether the text ends where the file ends; if not, a last record
   *     without a line break may be incomplete and is left out
   */
  static Result split(CharSequence text, char delimiter, boolean endOfInput, int maxRecords) {
    return new RecordSplitter(text, delimiter, endOfInput).run(maxRecords);
  }

  private Result run(int maxRecords) {
    List<String[]> records = new ArrayList<>();
    List<Long> starts = new ArrayList<>();
    long startLine = 1;
    lines = 0;
    boolean finished = false;
    while (records.size() < maxRecords && !finished) {
      startLine += lines;
      lines = 1;
      fields.clear();
      firstFieldQuoted = false;
      int recordStart = pos;
      int statusAtStart = status;
      boolean complete = consume();
      if (!complete) {
        if (!endOfInput) {
          pos = recordStart;
          status = statusAtStart;
          break;
        }
        finished = true;
        complete = tail();
      }
      if (complete && !isBlankLine()) {
        records.add(fields.toArray(new String[0]));
        starts.add(startLine);
      }
    }
    return new Result(records, starts, pos >= text.length());
  }

  private boolean isBlankLine() {
    return fields.size() == 1 && fields.get(0).isEmpty() && !firstFieldQuoted;
  }

  /** Consumes characters until a record ends (true) or the text ends (false). */
  private boolean consume() {
    int len = text.length();
    while (pos < len) {
      if ((status & QUOTED_MODE) != 0) {
        quotedChar();
        continue;
      }
      char c = text.charAt(pos++);
      if (c == delimiter) {
        materialize(pos - 1);
        status = NEW_FIELD;
        begin = pos;
      } else if (c == '\r') {
        materialize(pos - 1);
        status = LAST_CHAR_WAS_CR;
        begin = pos;
        return true;
      } else if (c == '\n') {
        if ((status & LAST_CHAR_WAS_CR) == 0) {
          materialize(pos - 1);
          status = 0;
          begin = pos;
          return true;
        }
        status = 0;
        begin = pos;
      } else if (c == QUOTE && (status & DATA_FIELD) == 0) {
        status = QUOTED_FIELD | QUOTED_MODE;
      } else if ((status & QUOTED_FIELD) == 0) {
        status = DATA_FIELD;
        skipPlainChars();
      }
    }
    return false;
  }

  private void quotedChar() {
    char c = text.charAt(pos++);
    if (c == QUOTE) {
      status &= ~QUOTED_MODE;
    } else if (c == '\r') {
      status |= LAST_CHAR_WAS_CR;
      lines++;
    } else if (c == '\n') {
      if ((status & LAST_CHAR_WAS_CR) == 0) {
        lines++;
      } else {
        status &= ~LAST_CHAR_WAS_CR;
      }
    }
  }

  private void skipPlainChars() {
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c == delimiter || c == '\n' || c == '\r') {
        return;
      }
      pos++;
    }
  }

  /** End of text inside a record: FastCSV's {@code processBufferTail}. */
  private boolean tail() {
    if (begin < pos) {
      materialize(pos);
      return true;
    }
    if ((status & NEW_FIELD) != 0) {
      fields.add("");
      return true;
    }
    return false;
  }

  private void materialize(int end) {
    if ((status & QUOTED_FIELD) == 0) {
      fields.add(text.substring(begin, end));
      return;
    }
    if (fields.isEmpty()) {
      firstFieldQuoted = true;
    }
    int from = begin + 1;
    int to = end - (text.charAt(end - 1) == QUOTE ? 1 : 0);
    fields.add(unquote(from, Math.max(from, to)));
  }

  /** Drops lone quotes and turns doubled quotes into one, as FastCSV's {@code cleanDelimiters}. */
  private String unquote(int from, int to) {
    StringBuilder sb = new StringBuilder(to - from);
    boolean skipped = false;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == QUOTE) {
        skipped = !skipped;
        if (skipped) {
          continue;
        }
      }
      sb.append(c);
    }
    return sb.toString();
  }
}
