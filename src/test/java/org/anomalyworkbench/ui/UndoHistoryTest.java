package org.anomalyworkbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class UndoHistoryTest {
  @Test
  void undoesNewestFirstAndSkipsEntriesThatNoLongerApply() {
    UndoHistory h = new UndoHistory();
    List<String> done = new ArrayList<>();
    boolean[] secondApplies = {true};
    h.record(new UndoHistory.Entry("first", () -> true, () -> done.add("first")));
    h.record(new UndoHistory.Entry("second", () -> secondApplies[0], () -> done.add("second")));
    h.record(new UndoHistory.Entry("third", () -> true, () -> done.add("third")));
    assertEquals("third", h.nextProperty().get());

    assertEquals("third", h.undo());
    secondApplies[0] = false; // e.g. its result was replaced by a new training
    assertEquals("first", h.undo(), "the stale entry is skipped");
    assertEquals(List.of("third", "first"), done);
    assertEquals("", h.nextProperty().get());
    assertNull(h.undo());
  }

  @Test
  void keepsABoundedNumberOfEntries() {
    UndoHistory h = new UndoHistory();
    for (int i = 0; i < UndoHistory.LIMIT + 20; i++) {
      h.record(new UndoHistory.Entry("e" + i, () -> true, () -> { }));
    }
    int undone = 0;
    while (h.undo() != null) {
      undone++;
    }
    assertEquals(UndoHistory.LIMIT, undone);
  }
}
