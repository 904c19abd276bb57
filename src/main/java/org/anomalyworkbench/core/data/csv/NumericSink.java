package org.anomalyworkbench.core.data.csv;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses cells as doubles; missing cells are NaN. A tolerant sink also stores cells that are
 * not finite numbers as NaN, and counts them with the first one's row, line and text, so that
 * the importer can report them (or stop) instead of failing at the first one.
 */
final class NumericSink extends ColumnSink {
  private final double[] values;
  private final MissingMarkers markers;
  private final char decimalPoint;
  private final boolean checkMarkersFirst;
  private final boolean tolerant;
  private final List<double[]> spill = new ArrayList<>();
  private int badCells;
  private int firstBadRow = -1;
  private long firstBadLine;
  private String firstBadText;

  NumericSink(double[] values, int start, int capacity, MissingMarkers markers, char decimalPoint, boolean tolerant) {
    super(start, capacity);
    this.values = values;
    this.markers = markers;
    this.decimalPoint = decimalPoint;
    this.checkMarkersFirst = markers.anyNumeric();
    this.tolerant = tolerant;
  }

  @Override
  boolean set(int row, char[] buf, int off, int len) {
    if (checkMarkersFirst && markers.isMissing(buf, off, len)) {
      store(row, Double.NaN);
      return true;
    }
    double v = NumberParser.parse(buf, off, len, decimalPoint);
    if (NumberParser.failed(v)) {
      return storeMissingOrFail(row, buf, off, len);
    }
    store(row, v);
    return true;
  }

  @Override
  boolean tolerate(int row, long line, char[] buf, int off, int len) {
    if (!tolerant) {
      return false;
    }
    if (badCells++ == 0) {
      firstBadRow = row;
      firstBadLine = line;
      firstBadText = new String(buf, off, len).strip();
    }
    store(row, Double.NaN);
    return true;
  }

  /** Cells stored as missing because they were not numbers. */
  int badCells() {
    return badCells;
  }

  /** The first such cell's row within this sink's range (0-based), or -1. */
  int firstBadRow() {
    return firstBadRow;
  }

  long firstBadLine() {
    return firstBadLine;
  }

  String firstBadText() {
    return firstBadText;
  }

  private boolean storeMissingOrFail(int row, char[] buf, int off, int len) {
    if (!markers.isMissing(buf, off, len)) {
      return false;
    }
    store(row, Double.NaN);
    return true;
  }

  private void store(int row, double v) {
    if (row < capacity) {
      values[start + row] = v;
    } else {
      spillStore(row - capacity, v);
    }
  }

  private void spillStore(int k, double v) {
    int chunk = k / CHUNK;
    if (chunk == spill.size()) {
      spill.add(new double[CHUNK]);
    }
    spill.get(chunk)[k % CHUNK] = v;
  }

  @Override
  int spillChunks() {
    return spill.size();
  }

  double[] spillChunk(int i) {
    return spill.get(i);
  }
}
