package org.anomalyworkbench.core.data;


import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The images of a folder as read for detectors: every readable file resized to one
 * {@link SampleShape.Image}, stored as {@code 0..255} bytes (a quarter of floats: 60,000
 * MNIST digits take 47 MB), channel-major, one image after another, in path order. Each image
 * keeps its file (relative to the folder), its class (first sub-folder, or "" at the top) and
 * its size and format as found; the files that could not be read are listed with the reason.
 *
 * @param root the folder that was opened
 * @param options the resolved options every image was read with
 * @param files paths relative to {@code root} with {@code /} separators, in image order
 * @param classes per image, the name of its first-level sub-folder, or "" for files at the top
 * @param pixels {@code files.size() x shape.size()} bytes (read as unsigned), not copied
 * @param widths per image, its width in the file
 * @param heights per image, its height in the file
 * @param formats per image, its format name in upper case (PNG, JPEG, BMP, GIF)
 * @param skipped image files that were not read, and why
 * @param otherFiles files in the folder that are not images (by extension) and were left alone
 */
public record ImageSet(Path root, ImageOptions options, List<String> files, List<String> classes, byte[] pixels,
    int[] widths, int[] heights, List<String> formats, List<SkippedFile> skipped, int otherFiles) {

  public ImageSet {
    Objects.requireNonNull(root, "root");
    if (!options.allDecided()) {
      throw new IllegalArgumentException("image options must be resolved: " + options);
    }
    files = List.copyOf(files);
    classes = List.copyOf(classes);
    formats = List.copyOf(formats);
    skipped = List.copyOf(skipped);
    int n = files.size();
    if (classes.size() != n || widths.length != n || heights.length != n || formats.size() != n
        || pixels.length != (long) n * options.width() * options.height() * options.channels()) {
      throw new IllegalArgumentException("per-image lists disagree with " + n + " images");
    }
  }

  /** Number of images read. */
  public int size() {
    return files.size();
  }

  /** What one image is as a sample. */
  public SampleShape.Image shape() {
    return new SampleShape.Image(options.height(), options.width(), options.channels());
  }

  /** The image's file on disk. */
  public Path path(int image) {
    return root.resolve(files.get(image));
  }

  /** One image's value at {@code index} of its flattened sample, 0..255. */
  public int value(int image, int index) {
    return pixels[image * options.width() * options.height() * options.channels() + index] & 0xFF;
  }

  /**
   * The images at {@code indices}, in that order (pixels copied), for work on a few images of a
   * large set, such as preparing the background of a Shapley explanation.
   */
  public ImageSet select(int[] indices) {
    int size = options.width() * options.height() * options.channels();
    byte[] out = new byte[Math.multiplyExact(indices.length, size)];
    List<String> f = new java.util.ArrayList<>(indices.length);
    List<String> c = new java.util.ArrayList<>(indices.length);
    List<String> fm = new java.util.ArrayList<>(indices.length);
    int[] w = new int[indices.length];
    int[] h = new int[indices.length];
    for (int i = 0; i < indices.length; i++) {
      int image = indices[i];
      System.arraycopy(pixels, image * size, out, i * size, size);
      f.add(files.get(image));
      c.add(classes.get(image));
      fm.add(formats.get(image));
      w[i] = widths[image];
      h[i] = heights[image];
    }
    return new ImageSet(root, options, f, c, out, w, h, fm, skipped, otherFiles);
  }

  /** True when the images lie in sub-folders (their classes), not all at the top. */
  public boolean hasClasses() {
    return classes.stream().anyMatch(c -> !c.isEmpty());
  }

  /** Images per class, by class name ("" for the top folder). */
  public Map<String, Integer> classCounts() {
    Map<String, Integer> out = new TreeMap<>();
    for (String c : classes) {
      out.merge(c, 1, Integer::sum);
    }
    return out;
  }

  /** Images per original size, such as "28x28" -> 10000, most common first. */
  public Map<String, Integer> sizeCounts() {
    Map<String, Integer> counts = new TreeMap<>();
    for (int i = 0; i < size(); i++) {
      counts.merge(widths[i] + "x" + heights[i], 1, Integer::sum);
    }
    return byCountDescending(counts);
  }

  /** Images per file format, most common first. */
  public Map<String, Integer> formatCounts() {
    Map<String, Integer> counts = new TreeMap<>();
    formats.forEach(f -> counts.merge(f, 1, Integer::sum));
    return byCountDescending(counts);
  }

  private static Map<String, Integer> byCountDescending(Map<String, Integer> counts) {
    Map<String, Integer> out = new java.util.LinkedHashMap<>();
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }

  /** One line for the Data view and the command line. */
  public String summary() {
    int classCount = hasClasses() ? classCounts().size() : 0;
    StringBuilder s = new StringBuilder(String.format(java.util.Locale.ROOT, "%,d images", size()));
    if (classCount > 0) {
      s.append(" in ").append(classCount).append(classCount == 1 ? " class" : " classes");
    }
    s.append(", read as ").append(options.describe());
    if (!skipped.isEmpty()) {
      s.append(String.format(java.util.Locale.ROOT, "; %,d unreadable file%s skipped", skipped.size(),
          skipped.size() == 1 ? "" : "s"));
    }
    if (otherFiles > 0) {
      s.append(String.format(java.util.Locale.ROOT, "; %,d other file%s ignored", otherFiles,
          otherFiles == 1 ? "" : "s"));
    }
    return s.toString();
  }
}
