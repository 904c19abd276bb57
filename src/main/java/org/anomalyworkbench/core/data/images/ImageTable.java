package org.anomalyworkbench.core.data.images;

import org.anomalyworkbench.core.data.ImageSet;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.anomalyworkbench.core.data.ColumnInfo;
import org.anomalyworkbench.core.data.ColumnIssue;
import org.anomalyworkbench.core.data.ColumnKind;
import org.anomalyworkbench.core.data.ColumnRole;
import org.anomalyworkbench.core.data.Dataset;
import org.anomalyworkbench.core.data.Schema;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * An {@link ImageSet} as a {@link Dataset}: one table row per image with its {@code file}
 * (the ID), {@code class}, original {@code width}/{@code height} and {@code format}, so that the
 * linked views, exports and model files work on images as on rows; the pixels themselves travel
 * in {@link Dataset#images()}.
 *
 * <p>The analyst marks which classes are normal; every image of another class then has label 1
 * (anomaly) in a {@code label} column, which evaluation uses and training honours: detectors
 * learn from normal-class images only (see {@code TrainingPipeline}). With no class marked
 * there is no label.
 */
public final class ImageTable {
  /** Column names of the table. */
  public static final String FILE = "file";
  public static final String CLASS = "class";
  public static final String WIDTH = "width";
  public static final String HEIGHT = "height";
  public static final String FORMAT = "format";
  public static final String LABEL = "label";

  private ImageTable() {
  }

  /**
   * The dataset of {@code images}, named after the folder.
   *
   * @param normalClasses classes whose images are normal; empty for no label
   * @throws IllegalArgumentException when a class named normal is not in the folder
   */
  public static Dataset dataset(ImageSet images, Set<String> normalClasses) {
    Set<String> known = images.classCounts().keySet();
    for (String c : normalClasses) {
      if (!known.contains(c)) {
        throw new IllegalArgumentException("There is no class '" + c + "' in " + images.root()
            + "; its classes (sub-folders) are: " + String.join(", ", new TreeSet<>(known)) + ".");
      }
    }
    Table table = Table.create(images.root().getFileName() == null ? "images" : images.root().getFileName().toString());
    table.addColumns(StringColumn.create(FILE, images.files()), StringColumn.create(CLASS, images.classes()),
        IntColumn.create(WIDTH, images.widths()), IntColumn.create(HEIGHT, images.heights()),
        StringColumn.create(FORMAT, images.formats()));
    List<ColumnInfo> columns = new ArrayList<>(List.of(
        new ColumnInfo(FILE, ColumnKind.TEXT, ColumnRole.ID, 0, images.size()),
        new ColumnInfo(CLASS, ColumnKind.CATEGORICAL, ColumnRole.IGNORED, 0, images.classCounts().size()),
        new ColumnInfo(WIDTH, ColumnKind.NUMERIC, ColumnRole.IGNORED, 0, distinct(images.widths())),
        new ColumnInfo(HEIGHT, ColumnKind.NUMERIC, ColumnRole.IGNORED, 0, distinct(images.heights())),
        new ColumnInfo(FORMAT, ColumnKind.CATEGORICAL, ColumnRole.IGNORED, 0, images.formatCounts().size())));
    if (!normalClasses.isEmpty()) {
      int[] labels = new int[images.size()];
      for (int i = 0; i < labels.length; i++) {
        labels[i] = normalClasses.contains(images.classes().get(i)) ? 0 : 1;
      }
      table.addColumns(IntColumn.create(LABEL, labels));
      columns.add(new ColumnInfo(LABEL, ColumnKind.NUMERIC, ColumnRole.LABEL, 0, 2));
    }
    List<ColumnIssue> issues = List.of();
    return new Dataset(table.name(), images.root(), table, new Schema(columns), issues, java.util.Map.of(), images);
  }

  /** The same images with other classes marked normal. */
  public static Dataset withNormalClasses(Dataset data, Set<String> normalClasses) {
    if (!data.isImages()) {
      throw new IllegalArgumentException("Only a folder of images has classes to mark normal.");
    }
    return dataset(data.images(), normalClasses);
  }

  /** The classes marked normal in {@code data} (those whose images have label 0). */
  public static Set<String> normalClasses(Dataset data) {
    Set<String> out = new TreeSet<>();
    if (!data.isImages() || !data.table().columnNames().contains(LABEL)) {
      return out;
    }
    IntColumn labels = data.table().intColumn(LABEL);
    for (int i = 0; i < data.rows(); i++) {
      if (labels.getInt(i) == 0) {
        out.add(data.images().classes().get(i));
      }
    }
    return out;
  }

  private static int distinct(int[] values) {
    return (int) java.util.Arrays.stream(values).distinct().count();
  }
}
