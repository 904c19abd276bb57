package org.anomalyworkbench.core.compute;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Loads and describes ND4J's backend. The first touch of ND4J loads ~100 MB of native code
 * (0.3-2.5 s measured), so the UI calls {@link #warmUp()} in the background at start-up and the
 * first training does not pay for it.
 */
public final class ComputeBackend {
  private static volatile BackendInfo cached;

  private ComputeBackend() {
  }

  /**
   * Describes the backend, loading ND4J on this thread if needed (and preparing the native
   * environment first, in case {@code main} did not).
   */
  public static BackendInfo describe() {
    BackendInfo info = cached;
    if (info == null) {
      synchronized (ComputeBackend.class) {
        if (cached == null) {
          NativeEnvironment.prepare();
          cached = inspect();
        }
        info = cached;
      }
    }
    return info;
  }

  /** Loads ND4J's natives on a background daemon thread; the future completes with {@link #describe()}. */
  public static CompletableFuture<BackendInfo> warmUp() {
    CompletableFuture<BackendInfo> result = new CompletableFuture<>();
    Thread t = new Thread(() -> {
      try {
        BackendInfo info = describe();
        Nd4j.create(1).addi(1); // run one op so the executioner and OpenMP pool start too
        result.complete(info);
      } catch (Throwable e) { // e.g. missing natives: report through the future, the UI shows it
        result.completeExceptionally(e);
      }
    }, "nd4j-warm-up");
    t.setDaemon(true);
    t.start();
    return result;
  }

  private static BackendInfo inspect() {
    String backendClass = Nd4j.getBackend().getClass().getSimpleName();
    Properties env = Nd4j.getExecutioner().getEnvironmentInformation();
    boolean gpu = backendClass.toLowerCase(java.util.Locale.ROOT).contains("cublas")
        || "CUDA".equalsIgnoreCase(String.valueOf(env.get("backend")));
    if (gpu) {
      List<String> names = cudaDeviceNames(env);
      return new BackendInfo(BackendInfo.Kind.GPU, "nd4j-cuda",
          names.isEmpty() ? "CUDA device" : String.join(", ", names), Math.max(1, names.size()));
    }
    return new BackendInfo(BackendInfo.Kind.CPU, "nd4j-native", cpuModel(), Nd4j.getEnvironment().maxMasterThreads());
  }

  private static List<String> cudaDeviceNames(Properties env) {
    Object list = env.get("cuda.devicesInformation");
    if (list instanceof List<?> devices) {
      return devices.stream()
          .filter(Map.class::isInstance)
          .map(m -> String.valueOf(((Map<?, ?>) m).get("cuda.deviceName")))
          .toList();
    }
    return List.of();
  }

  /** The CPU model name from {@code /proc/cpuinfo} (Linux) or the environment (Windows), else the architecture. */
  static String cpuModel() {
    Path cpuinfo = Path.of("/proc/cpuinfo");
    if (Files.isReadable(cpuinfo)) {
      try (var lines = Files.lines(cpuinfo)) {
        String model = lines.filter(l -> l.startsWith("model name"))
            .map(l -> l.substring(l.indexOf(':') + 1).trim().replaceAll("\\s+", " "))
            .findFirst().orElse(null);
        if (model != null && !model.isEmpty()) {
          return model;
        }
      } catch (IOException | RuntimeException e) { // unreadable: fall through to the generic name
      }
    }
    String windows = System.getenv("PROCESSOR_IDENTIFIER");
    if (windows != null && !windows.isBlank()) {
      return windows.trim();
    }
    return System.getProperty("os.arch") + " CPU";
  }
}
