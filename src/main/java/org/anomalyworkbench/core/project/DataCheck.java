package org.anomalyworkbench.core.project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Whether a project's data is still where, and what, it was: found unchanged, found but
 * different (with what differs, so the analyst can decide), or missing (so the window asks for
 * the file). Looks beside the project first (the saved path relative to the project file, for a
 * project folder moved or copied as a whole), then at the saved absolute path.
 *
 * @param status what was found
 * @param found the data's path when found (changed or not); null when missing
 * @param difference a sentence for the analyst; empty when unchanged
 */
public record DataCheck(Status status, Path found, String difference) {

  /** Outcome of looking for a project's data. */
  public enum Status {
    /** Found with the same size and content hash. */
    UNCHANGED,
    /** Found, but its size or content differs from when the project was saved. */
    CHANGED,
    /** Neither the saved path nor the path relative to the project exists. */
    MISSING
  }

  /** Looks for {@code data} as saved in {@code projectFile}. */
  public static DataCheck of(DataSource data, Path projectFile) throws IOException {
    Path candidate = firstExisting(data, projectFile);
    if (candidate == null) {
      return new DataCheck(Status.MISSING, null, "The data " + data.path() + " is not there any more"
          + (data.relativePath() != null ? " (nor beside the project, as " + data.relativePath() + ")" : "")
          + ". Locate the file to go on.");
    }
    return compare(data, candidate);
  }

  /** Compares {@code candidate} (e.g. a file the analyst located) with what the project saved. */
  public static DataCheck compare(DataSource data, Path candidate) throws IOException {
    if (data.kind() == DataSource.Kind.IMAGES != Files.isDirectory(candidate)) {
      return new DataCheck(Status.CHANGED, candidate, candidate + " is a " + (Files.isDirectory(candidate)
          ? "folder" : "file") + ", but the project's data was a " + (data.kind() == DataSource.Kind.IMAGES
          ? "folder of images." : "CSV file."));
    }
    DataFingerprint now = DataFingerprint.of(candidate);
    if (now.sizeBytes() == data.sizeBytes() && now.hash().equals(data.contentHash())) {
      return new DataCheck(Status.UNCHANGED, candidate, "");
    }
    String what = now.sizeBytes() != data.sizeBytes()
        ? String.format(Locale.ROOT, "its size changed from %,d to %,d bytes", data.sizeBytes(), now.sizeBytes())
        : "its size is the same but its content differs (hash " + shortHash(data.contentHash()) + " then, "
            + shortHash(now.hash()) + " now)";
    return new DataCheck(Status.CHANGED, candidate, candidate.getFileName() + " changed since the project was saved: "
        + what + ". The saved runs were trained on the old content; open it anyway to score the new content "
        + "with them, or locate the original file.");
  }

  /**
   * The path relative to the project first: a project folder copied or moved with its data
   * should read its own copy, not the original it was made from. Then the saved absolute path.
   */
  private static Path firstExisting(DataSource data, Path projectFile) {
    Path dir = projectFile.toAbsolutePath().getParent();
    if (data.relativePath() != null && dir != null) {
      Path relative = parse(data.relativePath());
      if (relative != null && !relative.isAbsolute()) {
        Path beside = dir.resolve(relative).normalize();
        if (Files.exists(beside)) {
          return beside;
        }
      }
    }
    Path saved = parse(data.path());
    return saved != null && Files.exists(saved) ? saved : null;
  }

  private static Path parse(String p) {
    try {
      return Path.of(p);
    } catch (InvalidPathException e) {
      return null;
    }
  }

  private static String shortHash(String hash) {
    String hex = hash == null ? "?" : hash.replace("sha256:", "");
    return hex.length() > 12 ? hex.substring(0, 12) : hex;
  }
}
