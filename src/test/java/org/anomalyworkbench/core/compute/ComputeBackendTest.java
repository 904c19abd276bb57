package org.anomalyworkbench.core.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ComputeBackendTest {

  @Test
  void warmUpLoadsTheBackendOffTheCallingThreadAndDescribesIt() throws Exception {
    BackendInfo warmed = ComputeBackend.warmUp().get(120, TimeUnit.SECONDS);
    BackendInfo info = ComputeBackend.describe();
    assertEquals(warmed, info);
    // This build depends on nd4j-native; a CUDA build would say GPU / nd4j-cuda.
    assertEquals(BackendInfo.Kind.CPU, info.kind());
    assertEquals("nd4j-native", info.backend());
    assertFalse(info.device().isBlank());
    assertTrue(info.threads() >= 1);
    assertTrue(info.summary().startsWith("CPU (nd4j-native, "), info.summary());
  }

  @Test
  void summaryNamesKindBackendDeviceAndThreads() {
    assertEquals("GPU (nd4j-cuda, NVIDIA H100, 1 device)",
        new BackendInfo(BackendInfo.Kind.GPU, "nd4j-cuda", "NVIDIA H100", 1).summary());
    assertEquals("CPU (nd4j-native, AMD EPYC, 2 threads)",
        new BackendInfo(BackendInfo.Kind.CPU, "nd4j-native", "AMD EPYC", 2).summary());
  }
}
