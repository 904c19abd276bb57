package org.anomalyworkbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link FirstFrameGate} holds work until it opens, then runs it in order, and later work at once. */
class FirstFrameGateTest {
  @Test
  void holdsWorkUntilOpenThenRunsItInOrderAndLaterWorkAtOnce() {
    FirstFrameGate gate = new FirstFrameGate();
    List<String> ran = new ArrayList<>();
    gate.execute(() -> ran.add("nd4j"));
    gate.execute(() -> ran.add("second"));
    assertEquals(List.of(), ran, "nothing runs before the first frame");
    gate.open();
    assertEquals(List.of("nd4j", "second"), ran);
    gate.execute(() -> ran.add("late"));
    assertEquals(List.of("nd4j", "second", "late"), ran);
  }
}
