package org.anomalyworkbench.core.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.anomalyworkbench.core.data.ImageSet;
import org.anomalyworkbench.core.archive.AtomicFiles;
import org.anomalyworkbench.core.model.ScoredData;

/**
 * Copies the flagged images of a scored folder into another folder, keeping their paths
 * relative to the source (so classes stay sub-folders), for an analyst to look through or hand
 * on. Each file is copied beside its target and renamed into place, so an interrupted copy
 * leaves no half-written image; files already there are replaced.
 */
public final class FlaggedImageCopier {
  private FlaggedImageCopier() {
  }

  /**
   * @param flags one decision per image, in the scored order
   * @return the number of images copied
   * @throws IllegalArgumentException when the data are not images, or {@code target} lies inside
   *     the source folder (the copies would be read as new images next time)
   */
  public static int copy(ScoredData scored, boolean[] flags, Path target) throws IOException {
    if (!scored.dataset().isImages()) {
      throw new IllegalArgumentException("Only images can be copied; these data are a table.");
    }
    ImageSet images = scored.dataset().images();
    Path root = images.root().toAbsolutePath().normalize();
    Path dest = target.toAbsolutePath().normalize();
    if (dest.startsWith(root)) {
      throw new IllegalArgumentException("Copy the flagged images to a folder outside " + root
          + ": copies inside it would be read as more images the next time the folder is opened.");
    }
    if (flags.length != images.size()) {
      throw new IllegalArgumentException(flags.length + " flags for " + images.size() + " images");
    }
    int copied = 0;
    for (int i = 0; i < flags.length; i++) {
      if (!flags[i]) {
        continue;
      }
      Path to = dest.resolve(images.files().get(i)).normalize();
      Files.createDirectories(to.getParent());
      Path source = images.path(i);
      AtomicFiles.write(to, out -> Files.copy(source, out));
      copied++;
    }
    return copied;
  }
}
