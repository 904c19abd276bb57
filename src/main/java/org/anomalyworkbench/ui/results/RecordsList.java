package org.anomalyworkbench.ui.results;

import java.util.AbstractList;
import java.util.List;
import javafx.collections.ObservableListBase;

/**
 * The rows the records table shows, as a virtual list of dataset row indices: nothing is
 * materialised for the common case (the flagged rows in score order are simply the first
 * {@code k} ranks), so a threshold move over a million rows changes only the list's length and
 * fires one small add or remove change.
 */
public final class RecordsList extends ObservableListBase<Integer> {
  private Content content = new Content(null, null, 0);

  /** What the list shows: either a prefix of the ranking or an explicit row array. */
  private record Content(RankedScores ranked, int[] rows, int size) {
    int get(int i) {
      return rows != null ? rows[i] : ranked.rowAt(i);
    }

    boolean samePrefixSource(Content other) {
      return rows == null && other.rows == null && ranked == other.ranked && ranked != null;
    }

    List<Integer> asList() {
      return new AbstractList<>() {
        @Override
        public Integer get(int index) {
          return Content.this.get(index);
        }

        @Override
        public int size() {
          return size;
        }
      };
    }
  }

  /** Shows the {@code count} highest-ranked rows, in rank order. */
  public void showTopRanks(RankedScores ranked, int count) {
    replace(new Content(ranked, null, Math.min(count, ranked.size())));
  }

  /** Shows exactly these rows, in this order (the array is kept, not copied). */
  public void showRows(int[] rows) {
    replace(new Content(null, rows, rows.length));
  }

  public void clear() {
    replace(new Content(null, null, 0));
  }

  @Override
  public Integer get(int index) {
    if (index < 0 || index >= content.size) {
      throw new IndexOutOfBoundsException(index + " of " + content.size);
    }
    return content.get(index);
  }

  /** The row at {@code index} without boxing. */
  public int rowAt(int index) {
    return content.get(index);
  }

  @Override
  public int size() {
    return content.size;
  }

  private void replace(Content next) {
    Content old = content;
    content = next;
    if (old.size == 0 && next.size == 0) {
      return;
    }
    beginChange();
    if (next.samePrefixSource(old)) {
      // Same ranking, different length: only the tail changes.
      if (next.size > old.size) {
        nextAdd(old.size, next.size);
      } else if (next.size < old.size) {
        nextRemove(next.size, old.asList().subList(next.size, old.size));
      }
    } else {
      if (old.size > 0) {
        nextRemove(0, old.asList());
      }
      if (next.size > 0) {
        nextAdd(0, next.size);
      }
    }
    endChange();
  }
}
