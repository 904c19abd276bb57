package org.anomalyworkbench.core.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Surefire starts the test JVM with {@code OMP_WAIT_POLICY=PASSIVE} (pom.xml,
 * environmentVariables) and {@code -Dorg.bytedeco.javacpp.maxPhysicalBytes=0} (argLine), so
 * {@code prepare()} in this JVM finds everything set and only "leaves it as given". The tests of
 * what {@code prepare()} sets therefore run it in a child JVM started without those settings.
 */
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
  void prepareSetsPassiveOneThreadAndUntrackedMemoryInAJvmStartedWithoutThem() throws Exception {
    Map<String, String> out = probe(Map.of(), List.of());
    assertEquals("null", out.get("before.OMP_WAIT_POLICY"), "the child must start without the setting: " + out);
    assertEquals("null", out.get("before.OMP_NUM_THREADS"), out.toString());
    assertEquals("null", out.get("before." + NativeEnvironment.MAX_PHYSICAL_BYTES), out.toString());
    assertEquals("PASSIVE", out.get(NativeEnvironment.OMP_WAIT_POLICY), out.toString());
    assertEquals("1", out.get(NativeEnvironment.OMP_NUM_THREADS), out.toString());
    assertEquals("0", out.get(NativeEnvironment.MAX_PHYSICAL_BYTES), out.toString());
    assertEquals("3", out.get("notes"), "one note per setting: " + out);
    assertEquals("true", out.get("again"), "a second call changes nothing");
  }

  @Test
  void prepareLeavesTheUsersOwnValuesAlone() throws Exception {
    Map<String, String> out = probe(Map.of(NativeEnvironment.OMP_WAIT_POLICY, "ACTIVE",
        NativeEnvironment.OMP_NUM_THREADS, "3"), List.of("-D" + NativeEnvironment.MAX_PHYSICAL_BYTES + "=12345"));
    assertEquals("ACTIVE", out.get(NativeEnvironment.OMP_WAIT_POLICY), out.toString());
    assertEquals("3", out.get(NativeEnvironment.OMP_NUM_THREADS), out.toString());
    assertEquals("12345", out.get(NativeEnvironment.MAX_PHYSICAL_BYTES), out.toString());
  }

  /** Runs {@link NativeEnvironmentProbe} in a fresh JVM with no OMP_* variables except {@code env}. */
  private static Map<String, String> probe(Map<String, String> env, List<String> jvmArgs)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx128m");
    command.addAll(jvmArgs);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(NativeEnvironmentProbe.class.getName());
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    pb.environment().keySet().removeIf(k -> k.startsWith("OMP_"));
    pb.environment().remove("JAVA_TOOL_OPTIONS");
    pb.environment().remove("_JAVA_OPTIONS");
    pb.environment().putAll(env);
    Process p = pb.start();
    String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the child JVM did not finish");
    assertEquals(0, p.exitValue(), text);
    Map<String, String> values = new LinkedHashMap<>();
    for (String line : text.split("\\R")) {
      int eq = line.indexOf('=');
      if (eq > 0) {
        values.put(line.substring(0, eq), line.substring(eq + 1));
      }
    }
    return values;
  }
}
