package org.anomalyworkbench.core.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * Version strings recorded in provenance and shown by {@code --version}, {@code info} and the
 * window's title. The app's version is the pom's: Maven writes it into
 * {@code org/anomalyworkbench/app.properties} at build time, so a bumped build reports its version
 * without a second place to edit (the installer reads the same file).
 */
public final class AppInfo {
  private static final String RESOURCE = "/org/anomalyworkbench/app.properties";
  private static final String VERSION = readVersion();

  private AppInfo() {
  }

  public static String version() {
    return VERSION;
  }

  /** Versions of the libraries that shape results. */
  public static Map<String, String> libraryVersions() {
    Map<String, String> out = new LinkedHashMap<>();
    out.put("java", System.getProperty("java.version"));
    out.put("dl4j", "1.0.0-M2.1");
    out.put("tablesaw", "0.44.4");
    return out;
  }

  private static String readVersion() {
    try (InputStream in = AppInfo.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        // Only a build that skipped Maven's resources phase gets here; no guessed number is shown.
        return "unknown";
      }
      Properties p = new Properties();
      p.load(in);
      String v = p.getProperty("version", "").trim();
      return v.isEmpty() || v.startsWith("${") ? "unknown" : v;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + RESOURCE, e);
    }
  }
}
