package org.anomalyworkbench.core.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 11, items 10 and 12: temporary files left by a killed save, and permissions of a replaced file. */
class AtomicFilesTest {
  @TempDir
  Path dir;

  private static void write(Path target, String text) throws IOException {
    AtomicFiles.write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
  }

  private List<String> names() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void staleTemporaryFilesOfTheSameTargetAreDeletedOnTheNextSave() throws Exception {
    Path target = dir.resolve("model.awm");
    Path stale = Files.writeString(dir.resolve(".model.awm.3f2a9c.tmp"), "half a model");
    Path legacy = Files.writeString(dir.resolve(".model.awm8812734.tmp"), "half a model");
    Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minusSeconds(3600)));
    Files.setLastModifiedTime(legacy, FileTime.from(Instant.now().minusSeconds(3600)));
    // A fresh one may belong to a save running now; another target's belongs to someone else.
    Files.writeString(dir.resolve(".model.awm.77aa.tmp"), "being written");
    Path other = Files.writeString(dir.resolve(".other.awm.3f2a9c.tmp"), "x");
    Files.setLastModifiedTime(other, FileTime.from(Instant.now().minusSeconds(3600)));

    write(target, "model");

    assertEquals(List.of(".model.awm.77aa.tmp", ".other.awm.3f2a9c.tmp", "model.awm"), names());
    assertEquals("model", Files.readString(target));
  }

  @Test
  void aFailedWriteLeavesTheOldFileAndNoTemporary() throws Exception {
    Path target = Files.writeString(dir.resolve("scores.csv"), "old");
    assertThrows(IOException.class, () -> AtomicFiles.write(target, out -> {
      out.write("partial".getBytes(StandardCharsets.UTF_8));
      throw new IOException("disk full");
    }));
    assertEquals(List.of("scores.csv"), names());
    assertEquals("old", Files.readString(target));
  }

  @Test
  void onlyThisTargetsTemporaryNamesMatch() {
    assertTrue(AtomicFiles.isTemporaryOf("a.csv", ".a.csv.0badc0de.tmp"));
    assertFalse(AtomicFiles.isTemporaryOf("a.csv", ".a.csv.backup.tmp"));
    assertFalse(AtomicFiles.isTemporaryOf("a.csv", ".a.csvx.12.tmp"));
    assertFalse(AtomicFiles.isTemporaryOf("a.csv", "a.csv.12.tmp"));
  }

  @Test
  void aReplacedFileKeepsItsPermissions() throws Exception {
    assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
    Path target = Files.writeString(dir.resolve("shared.csv"), "old");
    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-rw-r--"));
    write(target, "new");
    assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-------"));
    write(target, "newer");
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
    assertEquals("newer", Files.readString(target));
  }

  @Test
  void theOpenDataFileIsNeverAnOutputEvenThroughALink() throws Exception {
    Path data = Files.writeString(dir.resolve("data.csv"), "a\n1\n");
    Path link = Files.createSymbolicLink(dir.resolve("export.csv"), data);
    IOException e = assertThrows(IOException.class, () -> AtomicFiles.checkNotInput(link, data));
    assertEquals("export.csv is the data file being used (" + data + "); writing it would overwrite the data. "
        + "Choose another file name.", e.getMessage());
    AtomicFiles.checkNotInput(dir.resolve("new.csv"), data);
    AtomicFiles.checkNotInput(data, null);
    assertEquals("a\n1\n", Files.readString(data));
  }
}
