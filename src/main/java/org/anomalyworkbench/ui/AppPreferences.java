package org.anomalyworkbench.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;

/**
 * Settings remembered between runs through {@link java.util.prefs}: window bounds, theme,
 * recent data files, recent projects and the last folder used in file dialogs.
 */
public final class AppPreferences {
  static final int MAX_RECENT = 8;
  private final Preferences node;

  public AppPreferences(Preferences node) {
    this.node = node;
  }

  /** The app's own node under the user root. */
  public static Preferences defaultNode() {
    return Preferences.userRoot().node("org/anomalyworkbench/ui");
  }

  /** Saved window bounds {x, y, width, height}, or null when none were saved. */
  public double[] windowBounds() {
    double w = node.getDouble("window.width", -1);
    if (w <= 0) {
      return null;
    }
    return new double[] {node.getDouble("window.x", 0), node.getDouble("window.y", 0), w,
        node.getDouble("window.height", 800)};
  }

  public void saveWindowBounds(double x, double y, double w, double h, boolean maximized) {
    node.putDouble("window.x", x);
    node.putDouble("window.y", y);
    node.putDouble("window.width", w);
    node.putDouble("window.height", h);
    node.putBoolean("window.maximized", maximized);
  }

  public boolean windowMaximized() {
    return node.getBoolean("window.maximized", false);
  }

  public Theme theme() {
    try {
      return Theme.valueOf(node.get("theme", Theme.LIGHT.name()));
    } catch (IllegalArgumentException e) {
      return Theme.LIGHT;
    }
  }

  public void saveTheme(Theme theme) {
    node.put("theme", theme.name());
  }

  /** Recent files that still exist, most recent first. */
  public List<Path> recentFiles() {
    return recent("recent");
  }

  /** Puts {@code file} first in the recent list (at most {@link #MAX_RECENT} kept). */
  public List<Path> addRecent(Path file) {
    return addRecent("recent", file);
  }

  public void clearRecent() {
    node.remove("recent");
  }

  /** Recent project files that still exist, most recent first (kept apart from data files). */
  public List<Path> recentProjects() {
    return recent("recentProjects");
  }

  /** Puts {@code project} first in the recent projects (at most {@link #MAX_RECENT} kept). */
  public List<Path> addRecentProject(Path project) {
    return addRecent("recentProjects", project);
  }

  public void clearRecentProjects() {
    node.remove("recentProjects");
  }

  private List<Path> recent(String key) {
    List<Path> out = new ArrayList<>();
    for (String s : node.get(key, "").split("\n")) {
      if (!s.isBlank() && Files.exists(Path.of(s))) {
        out.add(Path.of(s));
      }
    }
    return out;
  }

  private List<Path> addRecent(String key, Path file) {
    List<Path> list = new ArrayList<>(recent(key));
    Path abs = file.toAbsolutePath().normalize();
    list.remove(abs);
    list.add(0, abs);
    while (list.size() > MAX_RECENT) {
      list.remove(list.size() - 1);
    }
    node.put(key, String.join("\n", list.stream().map(Path::toString).toList()));
    return list;
  }

  /** The folder of the last opened or saved file, or null. */
  public Path lastDirectory() {
    String s = node.get("lastDirectory", null);
    return s == null || !Files.isDirectory(Path.of(s)) ? null : Path.of(s);
  }

  public void saveLastDirectory(Path dir) {
    if (dir != null) {
      node.put("lastDirectory", dir.toAbsolutePath().toString());
    }
  }
}
