package org.anomalyworkbench.core.data.csv;

import java.util.ArrayList;
import java.util.List;

/** Parses cells as doubles; missing cells are NaN. */
final class NumericSink extends ColumnSink {
  private final double[] values;
  private final MissingMarkers markers;
  private final char decimalPoint;
  private final boolean checkMarkersFirst;
  private final List<double[]> spill = new ArrayList<>();

  NumericSink(double[] values, int start, int capacity, MissingMarkers markers, char decimalPoint) {
    super(start, capacity);
    this.values = values;
    this.markers = markers;
    this.decimalPoint = decimalPoint;
    this.checkMarkersFirst = markers.anyNumeric();
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
