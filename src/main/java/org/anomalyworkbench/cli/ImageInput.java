package org.anomalyworkbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.anomalyworkbench.core.data.Dataset;
import org.anomalyworkbench.core.data.images.ImageFolderImporter;
import org.anomalyworkbench.core.data.ImageOptions;
import org.anomalyworkbench.core.data.ImageSet;
import org.anomalyworkbench.core.data.images.ImageTable;
import org.anomalyworkbench.core.data.SkippedFile;

/**
 * A folder given as {@code --data}: its images read with the options of the command line (or
 * of the model that will score them), what was skipped said on the error stream, the classes
 * named normal turned into labels.
 */
final class ImageInput {
  /** Skipped files named one by one before the rest are only counted. */
  static final int LISTED_SKIPS = 5;

  private ImageInput() {
  }

  static Dataset read(Path folder, ImageOptions options, List<String> normalClasses, PrintWriter err)
      throws IOException {
    int[] lastTenth = {-1};
    ImageSet images = ImageFolderImporter.read(folder, options, (phase, done, total) -> {
      int tenth = (int) (10L * done / Math.max(1, total));
      if (err != null && phase.startsWith("Reading pixels") && tenth != lastTenth[0] && total >= 2000) {
        lastTenth[0] = tenth;
        err.printf(Locale.ROOT, "Reading images: %,d of %,d%n", done, total);
        err.flush();
      }
    }, () -> false); // the command line has no cancel: Ctrl+C ends the process
    if (err != null) {
      err.println(images.summary());
      List<SkippedFile> skipped = images.skipped();
      for (int i = 0; i < Math.min(LISTED_SKIPS, skipped.size()); i++) {
        err.println("Warning: skipped " + skipped.get(i).file() + ": " + skipped.get(i).reason());
      }
      if (skipped.size() > LISTED_SKIPS) {
        err.printf(Locale.ROOT, "Warning: %,d more unreadable files skipped.%n", skipped.size() - LISTED_SKIPS);
      }
      if (normalClasses.isEmpty() && images.hasClasses()) {
        err.println("Note: the images are in classes (" + String.join(", ", images.classCounts().keySet())
            + "); name the normal ones with --normal-class to evaluate against the others.");
      }
    }
    return ImageTable.dataset(images, new LinkedHashSet<>(normalClasses));
  }

  /** The options of {@code --image-size}, {@code --colour} and {@code --fit}. */
  static ImageOptions options(String size, String colour, String fit) {
    ImageOptions o = ImageOptions.automatic();
    if (size != null) {
      int[] wh = ImageOptions.parseSize(size);
      o = o.withSize(wh[0], wh[1]);
    }
    if (colour != null) {
      o = o.withColour(switch (colour.toLowerCase(Locale.ROOT)) {
        case "grey", "gray" -> ImageOptions.Colour.GREY;
        case "rgb", "colour", "color" -> ImageOptions.Colour.RGB;
        case "auto" -> ImageOptions.Colour.AUTO;
        default -> throw new IllegalArgumentException("--colour takes grey, rgb or auto, not '" + colour + "'.");
      });
    }
    if (fit != null) {
      o = o.withFit(switch (fit.toLowerCase(Locale.ROOT)) {
        case "pad" -> ImageOptions.Fit.PAD;
        case "stretch" -> ImageOptions.Fit.STRETCH;
        default -> throw new IllegalArgumentException("--fit takes pad or stretch, not '" + fit + "'.");
      });
    }
    return o;
  }
}
