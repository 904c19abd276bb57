package org.anomalyworkbench.core.data.csv;

import java.util.ArrayList;
import java.util.List;

/** Parses cells as Tablesaw packed date-times; missing cells are Tablesaw's missing value. */
final class DateTimeSink extends ColumnSink {
  private final long[] values;
  private final MissingMarkers markers;
  private final boolean dayFirst;
  private final List<long[]> spill = new ArrayList<>();

  /** @param dayFirst the column's date order (see {@link TypeInference}) */
  DateTimeSink(long[] values, int start, int capacity, MissingMarkers markers, boolean dayFirst) {
    super(start, capacity);
    this.values = values;
    this.markers = markers;
    this.dayFirst = dayFirst;
  }

  @Override
  boolean set(int row, char[] buf, int off, int len) {
    long v = DateTimeParser.parse(buf, off, len, dayFirst, null);
    if (v == DateTimeParser.FAIL) {
      if (!markers.isMissing(buf, off, len)) {
        return false;
      }
      v = DateTimeParser.MISSING;
    }
    if (row < capacity) {
      values[start + row] = v;
    } else {
      spillStore(row - capacity, v);
    }
    return true;
  }

  private void spillStore(int k, long v) {
    int chunk = k / CHUNK;
    if (chunk == spill.size()) {
      spill.add(new long[CHUNK]);
    }
    spill.get(chunk)[k % CHUNK] = v;
  }

  @Override
  int spillChunks() {
    return spill.size();
  }

  long[] spillChunk(int i) {
    return spill.get(i);
  }
}
