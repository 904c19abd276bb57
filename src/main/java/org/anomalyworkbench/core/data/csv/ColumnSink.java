package org.anomalyworkbench.core.data.csv;

/**
 * Receives one column's cells from one parser thread, into fixed-size chunks so that nothing
 * is ever re-allocated or copied while parsing; the chunks of all threads are joined into one
 * array per column at the end ({@link TableAssembler}).
 */
abstract class ColumnSink {
  /** Rows per chunk. */
  static final int CHUNK = 1 << 15;

  /**
   * Stores the cell of the current record at {@code slot} of the current chunk.
   *
   * @return false when the text does not fit the column's type
   */
  abstract boolean set(int slot, char[] buf, int off, int len);

  /** Starts a new chunk; called by the parser after every {@link #CHUNK} rows. */
  abstract void nextChunk();

  /** Number of chunks held (the last one may be partly filled). */
  abstract int chunkCount();

  /** Drops all chunks (after they have been copied out). */
  abstract void release();
}
