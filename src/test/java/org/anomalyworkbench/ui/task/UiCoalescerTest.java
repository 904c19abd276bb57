package org.anomalyworkbench.ui.task;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class UiCoalescerTest {
  /** Records posted actions instead of running them, so the test decides when the UI runs. */
  static final class ManualRunner implements TaskRunner {
    final List<Runnable> now = new ArrayList<>();
    final List<Long> delays = new ArrayList<>();

    @Override
    public <T> JobHandle submit(String name, Job<T> job, Consumer<? super T> ok, Consumer<? super Throwable> err) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void runOnUi(Runnable action) {
      now.add(action);
      delays.add(0L);
    }

    @Override
    public void runOnUiLater(Runnable action, long delayMillis) {
      now.add(action);
      delays.add(delayMillis);
    }

    void runAll() {
      List<Runnable> copy = new ArrayList<>(now);
      now.clear();
      copy.forEach(Runnable::run);
    }
  }

  @Test
  void thousandsOfEventsWithinOneIntervalCostOneUiUpdateAndNoneAreLost() {
    ManualRunner ui = new ManualRunner();
    long[] clock = {1_000};
    List<List<Integer>> batches = new ArrayList<>();
    UiCoalescer<Integer> c = new UiCoalescer<>(ui, 100, batches::add, () -> clock[0]);
    for (int i = 0; i < 5000; i++) {
      c.offer(i);
    }
    assertEquals(1, ui.now.size(), "one UI round-trip scheduled");
    ui.runAll();
    assertEquals(1, batches.size());
    assertEquals(5000, batches.get(0).size());
    assertEquals(4999, batches.get(0).get(4999));

    // Right after a flush the next batch waits for the rest of the interval.
    clock[0] += 30;
    c.offer(5000);
    c.offer(5001);
    assertEquals(List.of(0L, 70L), ui.delays);
    ui.runAll();
    assertEquals(List.of(5000, 5001), batches.get(1));
    assertEquals(2, c.deliveredBatches());
  }

  @Test
  void aFinalFlushDeliversTheTail() {
    ManualRunner ui = new ManualRunner();
    List<Integer> seen = new ArrayList<>();
    UiCoalescer<Integer> c = new UiCoalescer<>(ui, 100, seen::addAll, () -> 0L);
    c.offer(1);
    c.offer(2);
    c.flush();
    assertEquals(List.of(1, 2), seen);
    ui.runAll();
    assertEquals(List.of(1, 2), seen, "the scheduled flush finds nothing left");
  }
}
