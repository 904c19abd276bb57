package org.anomalyworkbench.core.project;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Size and SHA-256 of a data file, or of a folder's files (hidden files and folders skipped,
 * as the image importer skips them; each file's relative name and bytes, in name order), so
 * that a project notices data that was edited, replaced or re-exported since it was saved.
 *
 * @param sizeBytes bytes of content (a folder: all its files)
 * @param hash {@code sha256:} and 64 hex digits
 */
public record DataFingerprint(long sizeBytes, String hash) {

  /** Fingerprint of {@code path}, a regular file or a folder. */
  public static DataFingerprint of(Path path) throws IOException {
    MessageDigest md = sha256();
    long size = 0;
    if (Files.isDirectory(path)) {
      for (Path f : filesOf(path)) {
        md.update(path.relativize(f).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
        size += digest(f, md);
      }
    } else {
      size = digest(path, md);
    }
    return new DataFingerprint(size, "sha256:" + HexFormat.of().formatHex(md.digest()));
  }

  /** The regular, visible files under {@code folder}, in name order. */
  static List<Path> filesOf(Path folder) throws IOException {
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(Files::isRegularFile)
          .filter(f -> !hidden(folder.relativize(f)))
          .sorted()
          .toList();
    }
  }

  private static boolean hidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private static long digest(Path file, MessageDigest md) throws IOException {
    long n = 0;
    byte[] buf = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(file)) {
      int r;
      while ((r = in.read(buf)) > 0) {
        md.update(buf, 0, r);
        n += r;
      }
    }
    return n;
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("This Java has no SHA-256", e);
    }
  }
}
