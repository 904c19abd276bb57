package org.anomalyworkbench.core.compute;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Platform;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Prepares the process for ND4J's native code. Must run first thing in {@code main}, before
 * any ND4J class loads, because OpenMP and JavaCPP read these settings once when the native
 * library initialises:
 * <ul>
 *   <li>{@code OMP_WAIT_POLICY=PASSIVE}: without it OpenMP worker threads spin while idle; on a
 *       machine with few cores shared with other work DL4J trained ~80x slower (3.8k vs 306k
 *       rows/s measured). Java cannot change its own environment, so this calls libc
 *       {@code setenv} (Windows: {@code _putenv_s}) through JNA.</li>
 *   <li>{@code OMP_NUM_THREADS=1}: the networks here are small, so one op is too short to
 *       share between threads; one thread per training was faster than two (138k vs 99k rows/s
 *       on a dense autoencoder, batch 256, 2 cores), and two trainings can then run side by
 *       side. Set {@code OMP_NUM_THREADS} in the environment to use more.</li>
 *   <li>{@code org.bytedeco.javacpp.maxPhysicalBytes=0}: otherwise JavaCPP reads
 *       {@code /proc/self/statm} on every native allocation (hundreds per batch).</li>
 * </ul>
 * Values the user already set (environment or {@code -D}) are left alone. Safe to call more
 * than once; failures are recorded, never thrown, because a slower run beats no run.
 */
public final class NativeEnvironment {
  /** Environment variable that stops OpenMP threads from busy-waiting. */
  public static final String OMP_WAIT_POLICY = "OMP_WAIT_POLICY";
  /** Environment variable with the number of OpenMP threads per native operation. */
  public static final String OMP_NUM_THREADS = "OMP_NUM_THREADS";
  /** JavaCPP system property that bounds (0 = does not track) physical memory. */
  public static final String MAX_PHYSICAL_BYTES = "org.bytedeco.javacpp.maxPhysicalBytes";

  private static final List<String> NOTES = new ArrayList<>();
  private static boolean prepared;

  private NativeEnvironment() {
  }

  /** libc's environment functions, loaded only when needed. */
  private interface LibC extends Library {
    int setenv(String name, String value, int overwrite);

    String getenv(String name);
  }

  /** The Microsoft C runtime's equivalent, used on Windows. */
  private interface MsvcRt extends Library {
    int _putenv_s(String name, String value);
  }

  /**
   * Applies the settings described in the class comment. Call before anything touches ND4J.
   *
   * @return a line per setting saying what was done, for logs and provenance
   */
  public static synchronized List<String> prepare() {
    if (prepared) {
      return List.copyOf(NOTES);
    }
    prepared = true;
    setEnvIfUnset(OMP_WAIT_POLICY, "PASSIVE");
    setEnvIfUnset(OMP_NUM_THREADS, "1");
    if (System.getProperty(MAX_PHYSICAL_BYTES) == null
        && System.getProperty(MAX_PHYSICAL_BYTES.toLowerCase(java.util.Locale.ROOT)) == null) {
      System.setProperty(MAX_PHYSICAL_BYTES, "0");
      NOTES.add(MAX_PHYSICAL_BYTES + "=0 (set)");
    } else {
      NOTES.add(MAX_PHYSICAL_BYTES + " left as given");
    }
    return List.copyOf(NOTES);
  }

  /** What {@link #prepare()} did, or an empty list when it has not run. */
  public static synchronized List<String> notes() {
    return List.copyOf(NOTES);
  }

  /**
   * The value the native side sees for an environment variable: Java's snapshot of the
   * environment does not show values set through {@code setenv}, so ask libc directly.
   */
  public static String nativeGetenv(String name) {
    if (!Platform.isWindows()) {
      try {
        return Native.load("c", LibC.class).getenv(name);
      } catch (Throwable e) { // JNA missing or blocked: fall back to Java's view
        return System.getenv(name);
      }
    }
    return System.getenv(name);
  }

  /** Sets {@code name} in the native environment unless it is set; records what happened. */
  static void setEnvIfUnset(String name, String value) {
    Map<String, String> env = System.getenv();
    String current = env.get(name);
    if (current == null) {
      current = nativeGetenv(name);
    }
    if (current != null) {
      NOTES.add(name + "=" + current + " (left as given)");
      return;
    }
    try {
      int rc;
      if (Platform.isWindows()) {
        rc = Native.load("msvcrt", MsvcRt.class)._putenv_s(name, value);
      } else {
        rc = Native.load("c", LibC.class).setenv(name, value, 0);
      }
      NOTES.add(name + "=" + value + (rc == 0 ? " (set)" : " (setenv failed: " + rc + ")"));
    } catch (Throwable e) { // UnsatisfiedLinkError etc.: keep going without the speed-up
      NOTES.add(name + " not set: " + e.getClass().getSimpleName() + ": " + e.getMessage()
          + "; set it in the launch script for full speed");
    }
  }
}
