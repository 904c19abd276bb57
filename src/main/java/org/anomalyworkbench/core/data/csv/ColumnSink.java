package org.anomalyworkbench.core.data.csv;

/**
 * Receives one column's cells from one parser thread. Values go straight into the column's
 * final array, inside the region of rows reserved for this thread ({@link ColumnStore});
 * should the thread find more rows than reserved, the extra ones go to fixed-size spill
 * chunks, and {@link TableAssembler} joins everything in file order at the end.
 */
abstract class ColumnSink {
  /** Rows per spill chunk. */
  static final int CHUNK = 1 << 15;

  /** First row of this thread's region in the shared array. */
  final int start;
  /** Rows reserved for this thread. */
  final int capacity;

  ColumnSink(int start, int capacity) {
    this.start = start;
    this.capacity = capacity;
  }

  /**
   * Stores the cell of the thread's {@code row}-th record (0-based within the thread).
   *
   * @return false when the text does not fit the column's type
   */
  abstract boolean set(int row, char[] buf, int off, int len);

  /**
   * Called after {@link #set} refused a cell: a sink that accepts such cells anyway (stored as
   * missing and counted) returns true; by default the cell stops the parse.
   *
   * @param line the cell's physical line, for the report
   */
  boolean tolerate(int row, long line, char[] buf, int off, int len) {
    return false;
  }

  /** Number of spill chunks (0 when the region was large enough). */
  abstract int spillChunks();
}
