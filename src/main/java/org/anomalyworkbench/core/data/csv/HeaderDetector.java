package org.anomalyworkbench.core.data.csv;

import java.util.List;

/**
 * Decides whether the first record is a header.
 *
 * <p>Each column whose body (the next records) holds only numbers, or only dates, votes: a
 * first cell of that same type says "no header", a text first cell says "header". The
 * majority wins; ties and files with text columns only count as having a header, because
 * almost every CSV file has one (the user can override either way).
 */
final class HeaderDetector {
  private static final int BODY_ROWS = 200;

  private HeaderDetector() {
  }

  static boolean hasHeader(List<String[]> records, MissingMarkers markers) {
    if (records.size() < 2) {
      return true;
    }
    String[] first = records.get(0);
    int headerVotes = 0;
    int dataVotes = 0;
    for (int c = 0; c < first.length; c++) {
      CellType body = bodyType(records, c, markers);
      if (body != CellType.NUMBER && body != CellType.DATETIME) {
        continue;
      }
      CellType head = CellType.of(first[c], markers);
      if (head == body) {
        dataVotes++;
      } else if (head == CellType.TEXT) {
        headerVotes++;
      }
    }
    return headerVotes >= dataVotes;
  }

  /** The type shared by all non-missing cells of column {@code c} below the first record, or TEXT. */
  private static CellType bodyType(List<String[]> records, int c, MissingMarkers markers) {
    CellType type = CellType.MISSING;
    int end = Math.min(records.size(), BODY_ROWS + 1);
    for (int r = 1; r < end; r++) {
      String[] row = records.get(r);
      if (c >= row.length) {
        continue;
      }
      CellType t = CellType.of(row[c], markers);
      if (t == CellType.MISSING) {
        continue;
      }
      if (type == CellType.MISSING) {
        type = t;
      } else if (type != t) {
        return CellType.TEXT;
      }
    }
    return type;
  }
}
