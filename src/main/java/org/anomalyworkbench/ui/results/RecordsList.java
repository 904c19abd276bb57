package org.anomalyworkbench.ui.results;

import org.anomalyworkbench.core.scoring.SortedScores;
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
  private record Content(SortedScores ranked, int[] rows, int size) {
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
  public void showTopRanks(SortedScores ranked, int count) {
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
    int from;
    int addedTo;
    List<Integer> removed;
    if (next.samePrefixSource(old)) {
      // Same ranking, different length: only the tail changes.
      if (next.size == old.size) {
        return;
      }
      from = Math.min(old.size, next.size);
      addedTo = next.size;
      removed = next.size < old.size ? old.asList().subList(next.size, old.size) : List.of();
    } else {
      from = 0;
      addedTo = next.size;
      removed = old.asList();
    }
    // ObservableListBase's change builder would copy (and box) every removed element: a
    // million for a big threshold jump. This change hands out a lazy view instead.
    fireChange(new RangeChange(this, from, addedTo, removed));
  }

  /** One replaced range: rows {@code from..to} added, {@code removed} (a lazy view) gone. */
  private static final class RangeChange extends javafx.collections.ListChangeListener.Change<Integer> {
    private final int from;
    private final int to;
    private final List<Integer> removed;
    private boolean onChange;

    RangeChange(RecordsList list, int from, int to, List<Integer> removed) {
      super(list);
      this.from = from;
      this.to = to;
      this.removed = removed;
    }

    @Override
    public boolean next() {
      if (onChange) {
        return false;
      }
      onChange = true;
      return true;
    }

    @Override
    public void reset() {
      onChange = false;
    }

    @Override
    public int getFrom() {
      return from;
    }

    @Override
    public int getTo() {
      return to;
    }

    @Override
    public List<Integer> getRemoved() {
      return removed;
    }

    @Override
    protected int[] getPermutation() {
      return new int[0];
    }
  }
}
