package org.anomalyworkbench.ui;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.BooleanSupplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The window's undo list for the cheap, frequent edits: column roles and the threshold. Each
 * entry knows how to put things back and whether it still applies (a threshold entry of a
 * result that was replaced by a new training does not), so Undo skips entries that lost their
 * meaning instead of changing something the user no longer sees.
 */
public final class UndoHistory {
  /** Entries kept; older ones are forgotten. */
  static final int LIMIT = 100;

  /**
   * @param description what undoing does, e.g. "role of x8 (Ignored → Feature)"
   * @param applies whether undoing still makes sense now
   * @param undo puts the state back
   */
  public record Entry(String description, BooleanSupplier applies, Runnable undo) {
  }

  private final Deque<Entry> entries = new ArrayDeque<>();
  private final ReadOnlyStringWrapper next = new ReadOnlyStringWrapper(this, "next", "");

  public void record(Entry entry) {
    entries.push(entry);
    while (entries.size() > LIMIT) {
      entries.removeLast();
    }
    refresh();
  }

  /** Undoes the newest entry that still applies; returns its description, or null when none. */
  public String undo() {
    while (!entries.isEmpty()) {
      Entry e = entries.pop();
      if (e.applies().getAsBoolean()) {
        e.undo().run();
        refresh();
        return e.description();
      }
    }
    refresh();
    return null;
  }

  /** Drops entries at the top that no longer apply, so {@link #nextProperty()} is accurate. */
  public void refresh() {
    while (!entries.isEmpty() && !entries.peek().applies().getAsBoolean()) {
      entries.pop();
    }
    next.set(entries.isEmpty() ? "" : entries.peek().description());
  }

  /** What Undo would do now, or "" when there is nothing to undo. */
  public ReadOnlyStringProperty nextProperty() {
    return next.getReadOnlyProperty();
  }
}
