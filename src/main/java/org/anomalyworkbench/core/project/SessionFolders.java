package org.anomalyworkbench.core.project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Temporary folders that live as long as the program: a project's embedded data is unpacked
 * into one, read, and kept while the project is open (saving copies it back), then removed with
 * everything in it when the program exits. Without this every opening of a moved project left a
 * copy of its data in the system's temporary folder.
 */
public final class SessionFolders {
  private static final List<Path> CREATED = new ArrayList<>();
  private static boolean hooked;

  private SessionFolders() {
  }

  /** A new, empty folder in the system's temporary folder, deleted with its contents at exit. */
  public static synchronized Path create(String prefix) throws IOException {
    Path folder = Files.createTempDirectory(prefix);
    CREATED.add(folder);
    if (!hooked) {
      hooked = true;
      Runtime.getRuntime().addShutdownHook(new Thread(SessionFolders::deleteAll, "session-folders-cleanup"));
    }
    return folder;
  }

  private static synchronized void deleteAll() {
    CREATED.forEach(SessionFolders::deleteTree);
    CREATED.clear();
  }

  /** Deletes {@code folder} and everything below it; what cannot be deleted is left (best effort at exit). */
  static void deleteTree(Path folder) {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.deleteIfExists(p);
        } catch (IOException e) {
          // At exit nobody can act on it; the system's temporary folder is cleaned by the OS.
        }
      });
    } catch (IOException e) {
      // As above.
    }
  }
}
