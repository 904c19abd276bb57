package org.anomalyworkbench.ui.results;

import org.anomalyworkbench.core.scoring.SortedScores;
import it.unimi.dsi.fastutil.ints.IntArrays;
import it.unimi.dsi.fastutil.ints.IntComparator;
import java.util.Locale;
import org.anomalyworkbench.core.data.Dataset;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.columns.Column;

/** Sorting and text filtering of an explicit list of rows for the records table. */
final class RecordOrder {
  private RecordOrder() {
  }

  /** Rows in rank order (highest score first). */
  static int[] byRank(int[] rows, SortedScores ranked) {
    int[] out = rows.clone();
    IntArrays.quickSort(out, (a, b) -> Integer.compare(ranked.rankOf(a), ranked.rankOf(b)));
    return out;
  }

  /** Sorts {@code rows} in place by {@code key}; ties keep score order. */
  static void sort(int[] rows, SortKey key, Dataset dataset, SortedScores ranked) {
    IntComparator byRank = (a, b) -> Integer.compare(ranked.rankOf(a), ranked.rankOf(b));
    IntComparator cmp;
    if (key.column().equals(SortKey.SCORE)) {
      cmp = byRank;
      if (key.ascending()) {
        cmp = cmp.reversed();
      }
    } else if (key.column().equals(SortKey.ROW)) {
      cmp = Integer::compare;
      if (!key.ascending()) {
        cmp = cmp.reversed();
      }
    } else {
      Column<?> c = dataset.table().column(key.column());
      IntComparator values;
      if (c instanceof NumericColumn<?> nc) {
        // Missing values sort last whichever the direction.
        values = (a, b) -> {
          boolean ma = nc.isMissing(a);
          boolean mb = nc.isMissing(b);
          if (ma || mb) {
            return Boolean.compare(ma, mb);
          }
          int r = Double.compare(nc.getDouble(a), nc.getDouble(b));
          return key.ascending() ? r : -r;
        };
      } else {
        values = (a, b) -> {
          int r = c.getString(a).compareTo(c.getString(b));
          return key.ascending() ? r : -r;
        };
      }
      cmp = (a, b) -> {
        int r = values.compare(a, b);
        return r != 0 ? r : byRank.compare(a, b);
      };
    }
    IntArrays.mergeSort(rows, cmp);
  }

  /** The rows where any cell (or the 1-based row number) contains {@code text}, case-insensitive. */
  static int[] filter(int[] rows, String text, Dataset dataset) {
    String needle = text.trim().toLowerCase(Locale.ROOT);
    int[] out = new int[rows.length];
    int n = 0;
    var columns = dataset.table().columns();
    for (int row : rows) {
      boolean hit = Integer.toString(row + 1).equals(needle);
      for (int i = 0; !hit && i < columns.size(); i++) {
        Column<?> c = columns.get(i);
        hit = !c.isMissing(row) && c.getString(row).toLowerCase(Locale.ROOT).contains(needle);
      }
      if (hit) {
        out[n++] = row;
      }
    }
    return java.util.Arrays.copyOf(out, n);
  }
}
