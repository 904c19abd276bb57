package org.anomalyworkbench.core.project;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SessionFoldersTest {
  @Test
  void aSessionFolderIsCreatedEmptyAndItsTreeCanBeDeleted() throws Exception {
    Path folder = SessionFolders.create("awb-test-session");
    assertTrue(Files.isDirectory(folder));
    try (var entries = Files.list(folder)) {
      assertTrue(entries.findAny().isEmpty());
    }
    Files.createDirectories(folder.resolve("images/0"));
    Files.writeString(folder.resolve("images/0/a.png"), "x");
    Files.writeString(folder.resolve("copy.csv"), "a,b\n1,2\n");
    SessionFolders.deleteTree(folder);
    assertFalse(Files.exists(folder));
    SessionFolders.deleteTree(folder); // already gone: nothing to do, no error
  }
}
