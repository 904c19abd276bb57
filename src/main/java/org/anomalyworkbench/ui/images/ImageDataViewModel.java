package org.anomalyworkbench.ui.images;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.anomalyworkbench.core.data.Dataset;
import org.anomalyworkbench.core.data.ImageOptions;
import org.anomalyworkbench.core.data.ImageSet;
import org.anomalyworkbench.core.data.images.ImageTable;
import org.anomalyworkbench.core.data.SkippedFile;
import org.anomalyworkbench.ui.common.Format;

/**
 * The Data step for a folder of images: how the folder is read (colour, size, fit; used by
 * the next open and by "Read again"), the classes with the ones marked normal (the others
 * count as anomalies for evaluation, and training learns from normal images only), the sizes
 * and formats found, the files that could not be read, and which images the browser shows.
 */
public final class ImageDataViewModel {
  /** The browser's choice for every class at once. */
  public static final String ALL_CLASSES = "All classes";

  private final ObjectProperty<Dataset> dataset;
  private final ObjectProperty<ImageOptions.Colour> colour = new SimpleObjectProperty<>(this, "colour",
      ImageOptions.Colour.AUTO);
  private final StringProperty size = new SimpleStringProperty(this, "size", "auto");
  private final ObjectProperty<ImageOptions.Fit> fit = new SimpleObjectProperty<>(this, "fit", ImageOptions.Fit.PAD);
  private final ObservableList<ClassRow> classes = FXCollections.observableArrayList();
  private final ObservableList<SkippedFile> skipped = FXCollections.observableArrayList();
  private final ReadOnlyStringWrapper readAs = new ReadOnlyStringWrapper(this, "readAs", "");
  private final ReadOnlyStringWrapper found = new ReadOnlyStringWrapper(this, "found", "");
  private final ReadOnlyStringWrapper skippedText = new ReadOnlyStringWrapper(this, "skippedText", "");
  private final ReadOnlyStringWrapper normalText = new ReadOnlyStringWrapper(this, "normalText", "");
  private final ObservableList<String> browseChoices = FXCollections.observableArrayList(ALL_CLASSES);
  private final StringProperty browseClass = new SimpleStringProperty(this, "browseClass", ALL_CLASSES);
  private final ObjectProperty<ThumbnailGrid.Cells> browsed = new SimpleObjectProperty<>(this, "browsed",
      ThumbnailGrid.Cells.EMPTY);
  private boolean updating;

  /** @param dataset the session's dataset, shared with the other steps */
  public ImageDataViewModel(ObjectProperty<Dataset> dataset) {
    this.dataset = dataset;
    dataset.addListener((o, a, b) -> onDataset(a, b));
    browseClass.addListener((o, a, b) -> updateBrowsed());
    onDataset(null, dataset.get());
  }

  /**
   * The options the Data view's fields describe.
   *
   * @throws IllegalArgumentException when the size is not WIDTHxHEIGHT or auto (the message says so)
   */
  public ImageOptions options() {
    int[] wh = ImageOptions.parseSize(size.get() == null ? "" : size.get());
    return new ImageOptions(colour.get(), wh[0], wh[1], fit.get());
  }

  /** Marks {@code name} normal or not; the dataset is replaced by one with the new labels. */
  public void setNormal(String name, boolean normal) {
    Dataset d = dataset.get();
    if (d == null || !d.isImages() || updating) {
      return;
    }
    Set<String> set = new TreeSet<>(ImageTable.normalClasses(d));
    boolean changed = normal ? set.add(name) : set.remove(name);
    if (changed) {
      dataset.set(ImageTable.withNormalClasses(d, set));
    }
  }

  /** "0, 1" (or "none") for an undo line and messages. */
  public static String describeClasses(Set<String> names) {
    return names.isEmpty() ? "none" : String.join(", ", names.stream().map(n -> n.isEmpty() ? "(top folder)" : n)
        .toList());
  }

  private void onDataset(Dataset old, Dataset d) {
    if (d == null || !d.isImages()) {
      classes.clear();
      skipped.clear();
      readAs.set("");
      found.set("");
      skippedText.set("");
      normalText.set("");
      browseChoices.setAll(ALL_CLASSES);
      browseClass.set(ALL_CLASSES);
      browsed.set(ThumbnailGrid.Cells.EMPTY);
      return;
    }
    ImageSet images = d.images();
    Set<String> normal = ImageTable.normalClasses(d);
    boolean sameImages = old != null && old.isImages() && old.images() == images;
    if (sameImages) {
      updating = true;
      try {
        classes.forEach(c -> c.normalProperty().set(normal.contains(c.name())));
      } finally {
        updating = false;
      }
    } else {
      List<ClassRow> rows = new ArrayList<>();
      for (Map.Entry<String, Integer> e : images.classCounts().entrySet()) {
        ClassRow row = new ClassRow(e.getKey(), e.getValue(), normal.contains(e.getKey()));
        row.normalProperty().addListener((o, a, b) -> setNormal(row.name(), b));
        rows.add(row);
      }
      classes.setAll(rows);
      skipped.setAll(images.skipped());
      readAs.set("Read as " + images.options().describe() + ".");
      found.set(foundText(images));
      skippedText.set(skippedText(images));
      List<String> choices = new ArrayList<>(List.of(ALL_CLASSES));
      rows.forEach(r -> choices.add(r.displayName()));
      browseChoices.setAll(choices);
      browseClass.set(ALL_CLASSES);
      // Same folder and options as before (a re-read): keep the option fields as they are.
      updateBrowsed();
    }
    normalText.set(normalText(d, normal));
  }

  private static String foundText(ImageSet images) {
    StringBuilder s = new StringBuilder("Sizes in the files: ");
    s.append(top(images.sizeCounts(), 4)).append(". Formats: ").append(top(images.formatCounts(), 4)).append('.');
    if (images.otherFiles() > 0) {
      s.append(' ').append(Format.count(images.otherFiles())).append(images.otherFiles() == 1
          ? " other file (not an image) was left alone." : " other files (not images) were left alone.");
    }
    return s.toString();
  }

  private static String top(Map<String, Integer> counts, int k) {
    List<String> parts = new ArrayList<>();
    int shown = 0;
    int rest = 0;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (shown++ < k) {
        parts.add(e.getKey() + " (" + Format.count(e.getValue()) + ")");
      } else {
        rest += e.getValue();
      }
    }
    if (rest > 0) {
      parts.add("others (" + Format.count(rest) + ")");
    }
    return String.join(", ", parts);
  }

  private static String skippedText(ImageSet images) {
    int n = images.skipped().size();
    if (n == 0) {
      return "";
    }
    return Format.count(n) + (n == 1 ? " file could not be read and is left out" : " files could not be read and are left out")
        + " (listed below with the reason). Fix or remove " + (n == 1 ? "it" : "them") + " and read the folder again.";
  }

  private static String normalText(Dataset d, Set<String> normal) {
    ImageSet images = d.images();
    if (!images.hasClasses()) {
      return "The images are not in sub-folders, so there are no classes: every image is used for training "
          + "and there is nothing to evaluate against. Put them in sub-folders (one per class) to mark some normal.";
    }
    if (normal.isEmpty()) {
      return "No class is marked normal: every image is used for training and there is no label to evaluate "
          + "against. Tick the normal classes; the others then count as anomalies.";
    }
    int normalImages = 0;
    for (String c : normal) {
      normalImages += images.classCounts().getOrDefault(c, 0);
    }
    int others = images.size() - normalImages;
    return "Normal: " + describeClasses(normal) + " (" + Format.count(normalImages) + " images). The detector learns "
        + "from normal images only; the other " + Format.count(others) + " count as anomalies for evaluation.";
  }

  private void updateBrowsed() {
    Dataset d = dataset.get();
    if (d == null || !d.isImages()) {
      browsed.set(ThumbnailGrid.Cells.EMPTY);
      return;
    }
    String choice = browseClass.get();
    if (choice == null || choice.equals(ALL_CLASSES)) {
      browsed.set(new RangeCells(d.images().size()));
      return;
    }
    String name = choice.equals("(top folder)") ? "" : choice;
    List<String> all = d.images().classes();
    int[] rows = new int[all.size()];
    int n = 0;
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i).equals(name)) {
        rows[n++] = i;
      }
    }
    browsed.set(new ArrayCells(java.util.Arrays.copyOf(rows, n)));
  }

  public ObjectProperty<ImageOptions.Colour> colourProperty() {
    return colour;
  }

  /** The size as typed: WIDTHxHEIGHT or auto. */
  public StringProperty sizeProperty() {
    return size;
  }

  public ObjectProperty<ImageOptions.Fit> fitProperty() {
    return fit;
  }

  /** One row per class, in name order. */
  public ObservableList<ClassRow> classes() {
    return classes;
  }

  /** The files that could not be read, with the reason. */
  public ObservableList<SkippedFile> skipped() {
    return skipped;
  }

  /** "Read as 28x28 grey, aspect kept (padded)." */
  public ReadOnlyStringProperty readAsProperty() {
    return readAs.getReadOnlyProperty();
  }

  /** Original sizes and formats, most common first. */
  public ReadOnlyStringProperty foundProperty() {
    return found.getReadOnlyProperty();
  }

  /** How many files could not be read, or "". */
  public ReadOnlyStringProperty skippedTextProperty() {
    return skippedText.getReadOnlyProperty();
  }

  /** Which classes are normal and what that means for training and evaluation. */
  public ReadOnlyStringProperty normalTextProperty() {
    return normalText.getReadOnlyProperty();
  }

  /** The browser's class choices: all, then each class. */
  public ObservableList<String> browseChoices() {
    return browseChoices;
  }

  public StringProperty browseClassProperty() {
    return browseClass;
  }

  /** The images the browser shows, in folder order. */
  public ObjectProperty<ThumbnailGrid.Cells> browsedProperty() {
    return browsed;
  }

  /** Rows 0..n-1. */
  static final class RangeCells implements ThumbnailGrid.Cells {
    private final int size;

    RangeCells(int size) {
      this.size = size;
    }

    @Override
    public int size() {
      return size;
    }

    @Override
    public int rowAt(int index) {
      return index;
    }

    @Override
    public int indexOf(int row) {
      return row >= 0 && row < size ? row : -1;
    }
  }

  /** Given rows, ascending. */
  static final class ArrayCells implements ThumbnailGrid.Cells {
    private final int[] rows;

    ArrayCells(int[] rows) {
      this.rows = rows;
    }

    @Override
    public int size() {
      return rows.length;
    }

    @Override
    public int rowAt(int index) {
      return rows[index];
    }

    @Override
    public int indexOf(int row) {
      int i = java.util.Arrays.binarySearch(rows, row);
      return i >= 0 ? i : -1;
    }
  }
}
