package org.anomalyworkbench.core.data.csv;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.RecordWrapper;
import java.util.concurrent.atomic.AtomicBoolean;
import org.anomalyworkbench.core.training.CancellationToken;

/**
 * FastCSV callback that writes each field straight into its column's sink: no String per
 * numeric cell, no record objects. A record's cells are written at the next row index, which
 * only advances once the record is complete, so a blank line's single empty field is simply
 * overwritten by the next record. Every record returns {@code null} to FastCSV, so one
 * iteration step parses the whole range.
 *
 * <p>Blank lines are skipped. A record with another field count than the header stops the
 * parse ({@link ParseStop.Kind#RAGGED}), as does a cell that does not fit its column.
 */
final class RangeHandler extends AbstractBaseCsvCallbackHandler<Object> {
  private static final int CHECK_EVERY = 4096;

  private final ColumnSink[] sinks;
  private final int columns;
  private final CancellationToken cancel;
  private final AtomicBoolean abort;
  private boolean headerPending;
  private long line;
  private int rows;
  private boolean multiLineField;

  RangeHandler(ColumnSink[] sinks, boolean skipHeader, CancellationToken cancel, AtomicBoolean abort) {
    this.sinks = sinks;
    this.columns = sinks.length;
    this.headerPending = skipHeader;
    this.cancel = cancel;
    this.abort = abort;
  }

  @Override
  protected void handleBegin(long startingLineNumber) {
    line = startingLineNumber;
  }

  @Override
  protected void handleField(int index, char[] buf, int off, int len, boolean quoted) {
    if (headerPending || index >= columns) {
      return;
    }
    if (quoted && !multiLineField) {
      multiLineField = hasLineBreak(buf, off, len);
    }
    if (!sinks[index].set(rows, buf, off, len) && !sinks[index].tolerate(rows, line, buf, off, len)) {
      throw new ParseStop(ParseStop.Kind.BAD_CELL, line, index, new String(buf, off, len), 0);
    }
  }

  @Override
  protected RecordWrapper<Object> buildRecord() {
    if (isEmptyLine()) {
      return null;
    }
    if (headerPending) {
      headerPending = false;
      return null;
    }
    if (getFieldCount() != columns) {
      throw new ParseStop(ParseStop.Kind.RAGGED, line, -1, null, getFieldCount());
    }
    if (++rows % CHECK_EVERY == 0) {
      checkStop();
    }
    return null;
  }

  private void checkStop() {
    cancel.throwIfCancelled();
    if (abort.get()) {
      throw new ParseStop(ParseStop.Kind.ABORTED, line, -1, null, 0);
    }
  }

  private static boolean hasLineBreak(char[] buf, int off, int len) {
    for (int i = off; i < off + len; i++) {
      if (buf[i] == '\n' || buf[i] == '\r') {
        return true;
      }
    }
    return false;
  }

  int rows() {
    return rows;
  }

  boolean sawMultiLineField() {
    return multiLineField;
  }
}
