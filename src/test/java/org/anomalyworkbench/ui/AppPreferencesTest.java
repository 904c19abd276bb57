package org.anomalyworkbench.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppPreferencesTest {
  @TempDir
  Path tmp;
  AppPreferences prefs = new AppPreferences(TestServices.freshPreferences());

  @Test
  void recentFilesAreMostRecentFirstDeduplicatedAndCapped() throws Exception {
    for (int i = 0; i < 10; i++) {
      prefs.addRecent(Files.createFile(tmp.resolve("f" + i + ".csv")));
    }
    List<Path> recent = prefs.addRecent(tmp.resolve("f3.csv"));
    assertEquals(AppPreferences.MAX_RECENT, recent.size());
    assertEquals(tmp.resolve("f3.csv"), recent.get(0));
    assertEquals(tmp.resolve("f9.csv"), recent.get(1));
    assertEquals(1, recent.stream().filter(p -> p.endsWith("f3.csv")).count());
    Files.delete(tmp.resolve("f9.csv"));
    assertTrue(prefs.recentFiles().stream().noneMatch(p -> p.endsWith("f9.csv")), "missing files are dropped");
  }

  @Test
  void windowBoundsAndThemeRoundTrip() {
    assertNull(prefs.windowBounds());
    prefs.saveWindowBounds(10, 20, 1300, 820, true);
    assertArrayEquals(new double[] {10, 20, 1300, 820}, prefs.windowBounds());
    assertTrue(prefs.windowMaximized());
    assertEquals(Theme.LIGHT, prefs.theme());
    prefs.saveTheme(Theme.DARK);
    assertEquals(Theme.DARK, prefs.theme());
  }
}
