package org.anomalyworkbench.core.compute;

/**
 * Run in a child JVM by {@link NativeEnvironmentTest}: calls {@link NativeEnvironment#prepare()}
 * and prints what the native side and the system properties then hold, one {@code key=value} a
 * line, so the test sees the effect of {@code prepare()} in a process that did not inherit the
 * settings from surefire.
 */
public final class NativeEnvironmentProbe {
  private NativeEnvironmentProbe() {
  }

  public static void main(String[] args) {
    System.out.println("before." + NativeEnvironment.OMP_WAIT_POLICY + "="
        + NativeEnvironment.nativeGetenv(NativeEnvironment.OMP_WAIT_POLICY));
    System.out.println("before." + NativeEnvironment.OMP_NUM_THREADS + "="
        + NativeEnvironment.nativeGetenv(NativeEnvironment.OMP_NUM_THREADS));
    System.out.println("before." + NativeEnvironment.MAX_PHYSICAL_BYTES + "="
        + System.getProperty(NativeEnvironment.MAX_PHYSICAL_BYTES));
    java.util.List<String> notes = NativeEnvironment.prepare();
    System.out.println(NativeEnvironment.OMP_WAIT_POLICY + "=" + NativeEnvironment.nativeGetenv(NativeEnvironment.OMP_WAIT_POLICY));
    System.out.println(NativeEnvironment.OMP_NUM_THREADS + "=" + NativeEnvironment.nativeGetenv(NativeEnvironment.OMP_NUM_THREADS));
    System.out.println(NativeEnvironment.MAX_PHYSICAL_BYTES + "=" + System.getProperty(NativeEnvironment.MAX_PHYSICAL_BYTES));
    System.out.println("notes=" + notes.size());
    System.out.println("again=" + notes.equals(NativeEnvironment.prepare()));
  }
}
