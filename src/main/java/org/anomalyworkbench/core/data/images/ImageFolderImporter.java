package org.anomalyworkbench.core.data.images;

import org.anomalyworkbench.core.data.ImageOptions;
import org.anomalyworkbench.core.data.SkippedFile;

import org.anomalyworkbench.core.data.ImageSet;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.stream.ImageInputStream;
import org.anomalyworkbench.core.data.DataImportException;

/**
 * Reads a folder of images (PNG, JPEG, BMP, GIF; recursively, in path order) into an
 * {@link ImageSet}. A first pass reads only each file's header (size, format, grey or colour)
 * to decide the automatic options and to allocate the pixels once; a second decodes and
 * resizes the images on every core. Files with an image extension that cannot be read are
 * listed in {@link ImageSet#skipped()} with the reason; hidden files are passed over.
 */
public final class ImageFolderImporter {
  /** File extensions read as images, lower case. */
  public static final Set<String> EXTENSIONS = Set.of("png", "jpg", "jpeg", "bmp", "gif");
  /** Share of the heap the pixels of a folder may take; training needs four times as much again. */
  static final double HEAP_SHARE = 0.35;

  /** Progress of a long import, for a progress bar. */
  @FunctionalInterface
  public interface Progress {
    /** {@code done} of {@code total} files handled in the named phase ("Reading sizes", "Reading pixels"). */
    void update(String phase, int done, int total);

    /** Reports nothing. */
    Progress NONE = (phase, done, total) -> { };
  }

  private ImageFolderImporter() {
  }

  /** True when {@code path} is a folder or its name ends in an image extension. */
  public static boolean looksLikeImages(Path path) {
    return Files.isDirectory(path) || isImageFile(path);
  }

  /** A file or folder whose name starts with a dot (.DS_Store, .thumbnails/) is passed over, at any depth. */
  private static boolean hidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  static boolean isImageFile(Path path) {
    String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
    int dot = name.lastIndexOf('.');
    return dot > 0 && EXTENSIONS.contains(name.substring(dot + 1));
  }

  /**
   * Reads every image under {@code folder}.
   *
   * @param cancelled polled between files; when it turns true the import stops with a
   *     {@link CancellationException}
   * @throws DataImportException when the folder holds no readable image, or the images would
   *     not fit in memory at the chosen size (the message says what to choose instead)
   */
  public static ImageSet read(Path folder, ImageOptions options, Progress progress, BooleanSupplier cancelled)
      throws IOException {
    if (!Files.isDirectory(folder)) {
      throw new DataImportException(folder, 0, null, isImageFile(folder)
          ? "This is one image; open the folder that holds the images (its sub-folders become classes)."
          : "This is not a folder of images. Open a folder of PNG, JPEG, BMP or GIF files, or a CSV file.");
    }
    List<Path> candidates = new ArrayList<>();
    int[] others = {0};
    try (Stream<Path> walk = Files.walk(folder)) {
      walk.filter(Files::isRegularFile)
          .filter(p -> !hidden(folder.relativize(p)))
          .sorted()
          .forEach(p -> {
            if (isImageFile(p)) {
              candidates.add(p);
            } else {
              others[0]++;
            }
          });
    }
    List<SkippedFile> skipped = new ArrayList<>();
    List<Header> headers = new ArrayList<>();
    for (int i = 0; i < candidates.size(); i++) {
      checkCancelled(cancelled);
      Path p = candidates.get(i);
      try {
        headers.add(header(p));
      } catch (IOException | RuntimeException e) {
        skipped.add(new SkippedFile(relative(folder, p), reason(e)));
      }
      if (i % 64 == 0 || i == candidates.size() - 1) {
        progress.update("Reading sizes", i + 1, candidates.size());
      }
    }
    if (headers.isEmpty()) {
      throw new DataImportException(folder, 0, null, candidates.isEmpty()
          ? "This folder holds no PNG, JPEG, BMP or GIF files (sub-folders included)."
          : "None of the " + candidates.size() + " image files could be read; the first: "
              + skipped.get(0).file() + " (" + skipped.get(0).reason() + ").");
    }
    ImageOptions resolved = resolve(options, headers);
    int size = resolved.width() * resolved.height() * resolved.channels();
    checkFits(folder, headers.size(), size, resolved);
    byte[] pixels = new byte[Math.multiplyExact(headers.size(), size)];
    String[] failures = decodeAll(headers, resolved, pixels, size, progress, cancelled);
    return assemble(folder, resolved, headers, pixels, size, failures, skipped, others[0]);
  }

  private record Header(Path path, int width, int height, String format, boolean grey) {
  }

  private static Header header(Path p) throws IOException {
    try (ImageInputStream in = ImageIO.createImageInputStream(p.toFile())) {
      if (in == null) {
        throw new IOException("cannot be opened");
      }
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        throw new IOException("not a PNG, JPEG, BMP or GIF image, whatever its name says");
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        int w = reader.getWidth(0);
        int h = reader.getHeight(0);
        if (w < 1 || h < 1) {
          throw new IOException("has no pixels (" + w + "x" + h + ")");
        }
        boolean grey = false;
        try {
          Iterator<ImageTypeSpecifier> types = reader.getImageTypes(0);
          grey = types.hasNext()
              && types.next().getColorModel().getColorSpace().getType() == ColorSpace.TYPE_GRAY;
        } catch (IOException | RuntimeException e) {
          // Unknown colour model: read as colour; luminance still gives grey when asked.
        }
        return new Header(p, w, h, reader.getFormatName().toUpperCase(Locale.ROOT).replace("JPG", "JPEG"), grey);
      } finally {
        reader.dispose();
      }
    }
  }

  private static ImageOptions resolve(ImageOptions options, List<Header> headers) {
    Map<Long, Integer> sizes = new HashMap<>();
    boolean allGrey = true;
    for (Header h : headers) {
      sizes.merge(((long) h.width() << 32) | h.height(), 1, Integer::sum);
      allGrey &= h.grey();
    }
    long common = sizes.entrySet().stream()
        .max(Map.Entry.<Long, Integer>comparingByValue()
            .thenComparing(Map.Entry::getKey, java.util.Comparator.reverseOrder()))
        .orElseThrow().getKey();
    return options.resolve((int) (common >>> 32), (int) common, allGrey);
  }

  private static void checkFits(Path folder, int images, int size, ImageOptions options) {
    long bytes = (long) images * size;
    long budget = (long) (Runtime.getRuntime().maxMemory() * HEAP_SHARE);
    if (bytes > Integer.MAX_VALUE - 16 || bytes > budget) {
      throw new DataImportException(folder, 0, null, String.format(Locale.ROOT,
          "%,d images at %s need %.1f GB of pixels, more than this window can hold (%.1f GB). "
              + "Choose a smaller image size%s, or open a part of the folder.",
          images, options.describe(), bytes / 1e9, budget / 1e9, options.channels() == 3 ? " or grey" : ""));
    }
  }

  /** Decodes on every core; returns per image the reason it failed, or null. */
  private static String[] decodeAll(List<Header> headers, ImageOptions options, byte[] pixels, int size,
      Progress progress, BooleanSupplier cancelled) throws IOException {
    int n = headers.size();
    String[] failures = new String[n];
    AtomicInteger next = new AtomicInteger();
    AtomicInteger done = new AtomicInteger();
    int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), 8));
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "image-import");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<?>> parts = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        parts.add(pool.submit(() -> {
          for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
            if (cancelled.getAsBoolean()) {
              return;
            }
            failures[i] = decodeOne(headers.get(i).path(), options, pixels, i * size);
            int d = done.incrementAndGet();
            if (d % 64 == 0 || d == n) {
              progress.update("Reading pixels", d, n);
            }
          }
        }));
      }
      for (Future<?> f : parts) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancellationException("The image import was interrupted.");
    } catch (ExecutionException e) {
      throw new IOException("Reading the images failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
    checkCancelled(cancelled);
    return failures;
  }

  private static String decodeOne(Path path, ImageOptions options, byte[] pixels, int offset) {
    try {
      BufferedImage image = ImageIO.read(path.toFile());
      if (image == null) {
        return "not a readable image";
      }
      PixelResampler.write(image, options, pixels, offset);
      return null;
    } catch (IOException | RuntimeException e) {
      return reason(e);
    }
  }

  private static ImageSet assemble(Path folder, ImageOptions options, List<Header> headers, byte[] pixels, int size,
      String[] failures, List<SkippedFile> skipped, int others) {
    List<String> files = new ArrayList<>();
    List<String> classes = new ArrayList<>();
    List<String> formats = new ArrayList<>();
    int kept = 0;
    for (String f : failures) {
      kept += f == null ? 1 : 0;
    }
    int[] widths = new int[kept];
    int[] heights = new int[kept];
    byte[] out = kept == headers.size() ? pixels : new byte[kept * size];
    int k = 0;
    for (int i = 0; i < headers.size(); i++) {
      Header h = headers.get(i);
      String rel = relative(folder, h.path());
      if (failures[i] != null) {
        skipped.add(new SkippedFile(rel, failures[i]));
        continue;
      }
      if (out != pixels) {
        System.arraycopy(pixels, i * size, out, k * size, size);
      }
      files.add(rel);
      int slash = rel.indexOf('/');
      classes.add(slash < 0 ? "" : rel.substring(0, slash));
      formats.add(h.format());
      widths[k] = h.width();
      heights[k] = h.height();
      k++;
    }
    if (kept == 0) {
      throw new DataImportException(folder, 0, null, "None of the " + headers.size() + " image files could be "
          + "decoded; the first: " + skipped.get(0).file() + " (" + skipped.get(0).reason() + ").");
    }
    skipped.sort(java.util.Comparator.comparing(SkippedFile::file));
    return new ImageSet(folder, options, files, classes, out, widths, heights, formats, skipped, others);
  }

  private static String relative(Path folder, Path file) {
    return folder.relativize(file).toString().replace(java.io.File.separatorChar, '/');
  }

  private static String reason(Throwable e) {
    String m = e.getMessage();
    return m == null || m.isBlank() ? "cannot be decoded (" + e.getClass().getSimpleName() + ")" : m;
  }

  private static void checkCancelled(BooleanSupplier cancelled) {
    if (cancelled.getAsBoolean()) {
      throw new CancellationException("The image import was cancelled.");
    }
  }
}
