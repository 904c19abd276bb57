package org.anomalyworkbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Issue 16: a double-clicked model or project reaches the window as what it is, not as a CSV. */
class StartupFileTest {
  @Test
  void modelsAndProjectsAreKnownByTheirExtensionInAnyCase() {
    assertEquals(StartupFile.MODEL, StartupFile.of(Path.of("/home/u/runs/cardio-autoencoder.awm")));
    assertEquals(StartupFile.MODEL, StartupFile.of(Path.of("OLD.AWM")));
    assertEquals(StartupFile.PROJECT, StartupFile.of(Path.of("study.awp")));
    assertEquals(StartupFile.PROJECT, StartupFile.of(Path.of("Study.Awp")));
  }

  @Test
  void everythingElseIsData() {
    assertEquals(StartupFile.DATA, StartupFile.of(Path.of("data.csv")));
    assertEquals(StartupFile.DATA, StartupFile.of(Path.of("images/mnist")));
    assertEquals(StartupFile.DATA, StartupFile.of(Path.of("model.awm.csv")));
    assertEquals(StartupFile.DATA, StartupFile.of(Path.of("/")));
  }
}
