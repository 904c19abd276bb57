package org.anomalyworkbench.core.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ConcurrentTrainingsTest {
  @Test
  void tasksRunAtTheSameTimeAndResultsKeepTaskOrder() {
    CountDownLatch bothStarted = new CountDownLatch(2);
    List<Callable<String>> tasks = new ArrayList<>();
    for (String name : List.of("a", "b")) {
      tasks.add(() -> {
        bothStarted.countDown();
        // In turn, the first task would wait here for a second that never starts.
        assertTrue(bothStarted.await(10, TimeUnit.SECONDS), "the other task runs at the same time");
        return name;
      });
    }
    assertEquals(List.of("a", "b"), ConcurrentTrainings.runAll(tasks, 2, "test"));
  }

  @Test
  void theFirstFailureInTaskOrderIsRethrownAfterTheOthersFinish() {
    IllegalStateException first = new IllegalStateException("first");
    boolean[] thirdFinished = {false};
    List<Callable<Integer>> tasks = List.of(
        () -> {
          Thread.sleep(50);
          throw first;
        },
        () -> {
          throw new IllegalArgumentException("second");
        },
        () -> {
          Thread.sleep(100);
          thirdFinished[0] = true;
          return 3;
        });
    assertSame(first, assertThrows(IllegalStateException.class, () -> ConcurrentTrainings.runAll(tasks, 3, "test")));
    assertTrue(thirdFinished[0]);
  }

  @Test
  void oneThreadRunsInTurnOnTheCallersThread() {
    Thread caller = Thread.currentThread();
    List<Callable<Boolean>> tasks = List.of(() -> Thread.currentThread() == caller, () -> Thread.currentThread() == caller);
    assertEquals(List.of(true, true), ConcurrentTrainings.runAll(tasks, 1, "test"));
    assertThrows(TrainingCancelledException.class, () -> ConcurrentTrainings.runAll(List.<Callable<Integer>>of(() -> {
      throw new TrainingCancelledException();
    }), 1, "test"));
  }
}
