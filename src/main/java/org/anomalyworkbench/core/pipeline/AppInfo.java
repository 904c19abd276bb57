package org.anomalyworkbench.core.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;

/** Version strings recorded in provenance and shown by {@code --version}. */
public final class AppInfo {
  /** Keep in step with the pom's version. */
  private static final String VERSION = "0.1.0";

  private AppInfo() {
  }

  public static String version() {
    String fromJar = AppInfo.class.getPackage().getImplementationVersion();
    return fromJar != null ? fromJar : VERSION;
  }

  /** Versions of the libraries that shape results. */
  public static Map<String, String> libraryVersions() {
    Map<String, String> out = new LinkedHashMap<>();
    out.put("java", System.getProperty("java.version"));
    out.put("dl4j", "1.0.0-M2.1");
    out.put("tablesaw", "0.44.4");
    return out;
  }
}
