package org.anomalyworkbench.core.project;

import org.anomalyworkbench.core.pipeline.AppInfo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Issue 16: the version shown everywhere is the pom's, so a bumped build reports its own. */
class AppInfoTest {
  @Test
  void versionIsThePomsVersion() throws Exception {
    String pom = Files.readString(Path.of("pom.xml"));
    Matcher m = Pattern.compile("<artifactId>anomaly-workbench</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
    assertTrue(m.find(), "the project's version in pom.xml");
    assertEquals(m.group(1), AppInfo.version());
  }
}
