package org.anomalyworkbench.core.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class NativeEnvironmentTest {

  @Test
  void setsAnUnsetVariableInTheNativeEnvironment() {
    String name = "AWB_TEST_" + System.nanoTime();
    NativeEnvironment.setEnvIfUnset(name, "42");
    // Java's own snapshot cannot see it; libc (and so OpenMP) can.
    assertEquals("42", NativeEnvironment.nativeGetenv(name));
    NativeEnvironment.setEnvIfUnset(name, "43");
    assertEquals("42", NativeEnvironment.nativeGetenv(name), "an existing value is left alone");
  }

  @Test
  void prepareLeavesOmpPassiveAndJavaCppUntracked() {
    List<String> notes = NativeEnvironment.prepare();
    assertFalse(notes.isEmpty());
    assertEquals("PASSIVE", NativeEnvironment.nativeGetenv(NativeEnvironment.OMP_WAIT_POLICY));
    assertNotNull(System.getProperty(NativeEnvironment.MAX_PHYSICAL_BYTES));
    String threads = System.getenv(NativeEnvironment.OMP_NUM_THREADS);
    assertEquals(threads == null ? "1" : threads, NativeEnvironment.nativeGetenv(NativeEnvironment.OMP_NUM_THREADS),
        "one native thread per training unless the user chose otherwise");
    assertTrue(notes.stream().anyMatch(n -> n.startsWith(NativeEnvironment.OMP_WAIT_POLICY)), notes.toString());
    assertTrue(notes.stream().anyMatch(n -> n.startsWith(NativeEnvironment.OMP_NUM_THREADS)), notes.toString());
    assertNotNull(NativeEnvironment.nativeGetenv(NativeEnvironment.OMP_NUM_THREADS));
    assertEquals(notes, NativeEnvironment.prepare(), "a second call changes nothing");
  }
}
