package org.anomalyworkbench.core.archive;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes a file so that readers see either the old content or the complete new content, never
 * a half-written file: write a temporary file beside it ({@code .<name>.<random>.tmp}), fsync,
 * then rename over the target. A replaced file's POSIX permissions are kept. Temporary files
 * of the same target that a killed process left behind are deleted on the next write, once
 * they are older than {@link #STALE_AFTER}.
 */
public final class AtomicFiles {
  /**
   * A temporary file untouched this long belongs to no running save: a save writes its
   * temporary file continuously and renames it as soon as it is complete.
   */
  public static final Duration STALE_AFTER = Duration.ofMinutes(1);

  private static final SecureRandom RANDOM = new SecureRandom();

  private AtomicFiles() {
  }

  /** Something that writes the whole content to a stream. */
  @FunctionalInterface
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  public static void write(Path target, Content content) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    String name = target.getFileName().toString();
    deleteStaleTemporaries(dir, name, Instant.now().minus(STALE_AFTER));
    Set<PosixFilePermission> keep = permissionsOf(target);
    Path tmp = null;
    try {
      FileChannel ch = null;
      while (ch == null) {
        tmp = dir.resolve("." + name + "." + Long.toHexString(RANDOM.nextLong() >>> 1) + ".tmp");
        try {
          // CREATE_NEW, not createTempFile: a new file then gets the user's usual permissions, not 0600.
          ch = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException clash) {
          ch = null;
        }
      }
      try (FileChannel open = ch; OutputStream out = Channels.newOutputStream(open)) {
        OutputStream buffered = new BufferedOutputStream(out, 1 << 16);
        content.writeTo(buffered);
        buffered.flush();
        open.force(true);
      }
      if (keep != null) {
        Files.setPosixFilePermissions(tmp, keep);
      }
      try {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      if (tmp != null) {
        Files.deleteIfExists(tmp);
      }
    }
  }

  /**
   * Fails when writing {@code target} would overwrite {@code input} (the same file after links;
   * null inputs are ignored): e.g. exporting over the data file that is open.
   *
   * @throws IOException naming both files and what to do
   */
  public static void checkNotInput(Path target, Path input) throws IOException {
    if (input == null || !Files.exists(target) || !Files.exists(input) || !Files.isSameFile(target, input)) {
      return;
    }
    throw new IOException(target.getFileName() + " is the data file being used (" + input + "); writing it would "
        + "overwrite the data. Choose another file name.");
  }

  /** Whether {@code file} is a temporary file this class makes for {@code targetName} (older versions' too). */
  static boolean isTemporaryOf(String targetName, String file) {
    return Pattern.matches("\\." + Pattern.quote(targetName) + "\\.?[0-9a-f]+\\.tmp", file);
  }

  private static void deleteStaleTemporaries(Path dir, String name, Instant before) {
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "." + name + "*.tmp")) {
      for (Path f : files) {
        try {
          if (isTemporaryOf(name, f.getFileName().toString())
              && Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)
              && Files.getLastModifiedTime(f, LinkOption.NOFOLLOW_LINKS).toInstant().isBefore(before)) {
            Files.deleteIfExists(f);
          }
        } catch (IOException e) {
          // Cleaning up is a courtesy: a leftover we cannot delete must not stop the save.
        }
      }
    } catch (IOException e) {
      // Same: an unlistable folder fails the write itself below, with the real reason.
    }
  }

  /** The target's POSIX permissions, or null when it does not exist or the file system has none. */
  private static Set<PosixFilePermission> permissionsOf(Path target) throws IOException {
    PosixFileAttributeView view = Files.getFileAttributeView(target, PosixFileAttributeView.class);
    if (view == null || !Files.isRegularFile(target)) {
      return null;
    }
    return view.readAttributes().permissions();
  }
}
