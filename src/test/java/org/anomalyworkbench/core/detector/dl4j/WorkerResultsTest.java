package org.anomalyworkbench.core.detector.dl4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.CompletableFuture;
import org.anomalyworkbench.core.training.TrainingCancelledException;
import org.junit.jupiter.api.Test;

class WorkerResultsTest {
  @Test
  void aWorkersResultOrItsOwnExceptionComesBackUnwrapped() {
    assertEquals(2.5, WorkerResults.join(CompletableFuture.completedFuture(2.5)));
    TrainingCancelledException cancelled = new TrainingCancelledException();
    assertSame(cancelled, assertThrows(TrainingCancelledException.class,
        () -> WorkerResults.join(CompletableFuture.failedFuture(cancelled))));
    OutOfMemoryError oom = new OutOfMemoryError("test");
    assertSame(oom, assertThrows(OutOfMemoryError.class, () -> WorkerResults.join(CompletableFuture.failedFuture(oom))));
    Exception checked = new java.io.IOException("disk");
    assertSame(checked, assertThrows(IllegalStateException.class,
        () -> WorkerResults.join(CompletableFuture.failedFuture(checked))).getCause());
  }
}
