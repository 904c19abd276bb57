package org.anomalyworkbench.core.data.csv;

import java.util.ArrayList;
import java.util.List;

/** Parses cells as doubles; missing cells are NaN. */
final class NumericSink extends ColumnSink {
  private final MissingMarkers markers;
  private final char decimalPoint;
  private final boolean checkMarkersFirst;
  private final List<double[]> chunks = new ArrayList<>();
  private double[] current;

  NumericSink(MissingMarkers markers, char decimalPoint) {
    this.markers = markers;
    this.decimalPoint = decimalPoint;
    this.checkMarkersFirst = markers.anyNumeric();
    nextChunk();
  }

  @Override
  boolean set(int slot, char[] buf, int off, int len) {
    if (checkMarkersFirst && markers.isMissing(buf, off, len)) {
      current[slot] = Double.NaN;
      return true;
    }
    double v = NumberParser.parse(buf, off, len, decimalPoint);
    if (NumberParser.failed(v)) {
      return setMissingOrFail(slot, buf, off, len);
    }
    current[slot] = v;
    return true;
  }

  private boolean setMissingOrFail(int slot, char[] buf, int off, int len) {
    if (!markers.isMissing(buf, off, len)) {
      return false;
    }
    current[slot] = Double.NaN;
    return true;
  }

  @Override
  void nextChunk() {
    current = new double[CHUNK];
    chunks.add(current);
  }

  @Override
  int chunkCount() {
    return chunks.size();
  }

  double[] chunk(int i) {
    return chunks.get(i);
  }

  @Override
  void release() {
    chunks.clear();
    current = null;
  }
}
