package org.anomalyworkbench.ui.data;

import java.nio.file.Path;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.anomalyworkbench.core.data.ColumnInfo;
import org.anomalyworkbench.core.data.ColumnIssue;
import org.anomalyworkbench.core.data.ColumnRole;
import org.anomalyworkbench.core.data.DataImportException;
import org.anomalyworkbench.core.data.Dataset;
import org.anomalyworkbench.core.data.LabelEncoder;
import org.anomalyworkbench.core.data.Schema;
import org.anomalyworkbench.core.data.images.ImageFolderImporter;
import org.anomalyworkbench.core.data.ImageOptions;
import org.anomalyworkbench.core.data.ImageSet;
import org.anomalyworkbench.core.data.images.ImageTable;
import org.anomalyworkbench.core.data.sample.SeriesCheck;
import org.anomalyworkbench.core.training.TrainingCancelledException;
import org.anomalyworkbench.ui.common.Format;
import org.anomalyworkbench.ui.task.JobHandle;
import org.anomalyworkbench.ui.task.TaskRunner;

/**
 * The data step: importing a file in the background (with progress and cancel), the preview
 * rows, the per-column summaries and the role editor. The current dataset lives in a property
 * shared with the other steps; role edits replace it with a copy carrying the new schema.
 */
public final class DataViewModel {
  private final TaskRunner runner;
  private final DatasetLoader loader;
  private final ObjectProperty<Dataset> dataset;
  private final ObservableList<ColumnModel> columns = FXCollections.observableArrayList();
  private final ReadOnlyObjectWrapper<ObservableList<Integer>> rows =
      new ReadOnlyObjectWrapper<>(this, "rows", FXCollections.observableArrayList());
  private final ReadOnlyBooleanWrapper importing = new ReadOnlyBooleanWrapper(this, "importing");
  private final ReadOnlyDoubleWrapper importProgress = new ReadOnlyDoubleWrapper(this, "importProgress", -1);
  private final ReadOnlyStringWrapper importMessage = new ReadOnlyStringWrapper(this, "importMessage", "");
  private final ReadOnlyStringWrapper importError = new ReadOnlyStringWrapper(this, "importError", "");
  private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
  private final ReadOnlyStringWrapper roleWarning = new ReadOnlyStringWrapper(this, "roleWarning", "");
  private final ReadOnlyStringWrapper issueWarning = new ReadOnlyStringWrapper(this, "issueWarning", "");
  private final ReadOnlyStringWrapper labelExplanation = new ReadOnlyStringWrapper(this, "labelExplanation", "");
  private final ReadOnlyStringWrapper seriesInfo = new ReadOnlyStringWrapper(this, "seriesInfo", "");
  /** The table and time column the series line was computed for, so that other role edits do not redo it. */
  private Object seriesKey;
  private JobHandle importJob;
  private boolean updatingRoles;

  /**
   * @param runner runs imports and summaries off the UI thread
   * @param loader reads files
   * @param dataset the session's current dataset, shared with the other steps
   */
  public DataViewModel(TaskRunner runner, DatasetLoader loader, ObjectProperty<Dataset> dataset) {
    this.runner = runner;
    this.loader = loader;
    this.dataset = dataset;
    dataset.addListener((o, a, b) -> onDatasetChanged(a, b));
    onDatasetChanged(null, dataset.get());
  }

  /**
   * Imports {@code file} in the background; on success it becomes the current dataset.
   *
   * @param onLoaded called on the UI thread with the dataset after it is installed
   */
  public void importFile(Path file, Consumer<Dataset> onLoaded) {
    runImport(file, ctx -> loader.load(file, ctx.cancel(), f -> ctx.progress(f, null)), onLoaded);
  }

  /**
   * Reads the images under {@code folder} in the background (sizes first, then pixels, with
   * progress and cancel, as a CSV import); on success they become the current dataset, with
   * {@code normalClasses} (those the folder has) marked normal. Unreadable files do not stop
   * the import: the dataset lists them ({@code images().skipped()}) for the Data view to show.
   *
   * @param onLoaded called on the UI thread with the dataset after it is installed
   */
  public void importFolder(Path folder, ImageOptions options, java.util.Set<String> normalClasses,
      Consumer<Dataset> onLoaded) {
    runImport(folder, ctx -> {
      ImageSet images = ImageFolderImporter.read(folder, options,
          (phase, done, total) -> ctx.progress(total == 0 ? -1 : done / (double) total,
              phase + ": " + Format.count(done) + " of " + Format.count(total) + " files"),
          () -> ctx.cancel().isCancelled());
      java.util.Set<String> normal = new java.util.TreeSet<>(normalClasses);
      normal.retainAll(images.classCounts().keySet());
      return ImageTable.dataset(images, normal);
    }, onLoaded);
  }

  private void runImport(Path source, org.anomalyworkbench.ui.task.Job<Dataset> job, Consumer<Dataset> onLoaded) {
    cancelImport();
    importError.set("");
    importing.set(true);
    importProgress.unbind();
    importProgress.set(-1);
    importMessage.unbind();
    importMessage.set("Reading " + source.getFileName() + "…");
    importJob = runner.submit("Import " + source.getFileName(), job, d -> {
      importMessage.unbind();
      importing.set(false);
      importMessage.set("");
      dataset.set(d);
      onLoaded.accept(d);
    }, e -> {
      importMessage.unbind();
      importing.set(false);
      importMessage.set("");
      importError.set(describe(source, e));
    });
    importProgress.bind(importJob.progressProperty());
    if (importJob.runningProperty().get()) {
      // The job's own line (an image import names its phase and count), else the file's name.
      String first = importMessage.get();
      importMessage.bind(javafx.beans.binding.Bindings.createStringBinding(
          () -> importJob.messageProperty().get().isEmpty() ? first : importJob.messageProperty().get(),
          importJob.messageProperty()));
    }
  }

  /** The job of the running import, or null; the status bar shows its progress. */
  public JobHandle importJob() {
    return importJob != null && importJob.runningProperty().get() ? importJob : null;
  }

  public void cancelImport() {
    if (importJob != null && importJob.runningProperty().get()) {
      importJob.cancel();
    }
  }

  static String describe(Path file, Throwable e) {
    if (e instanceof TrainingCancelledException || e instanceof java.util.concurrent.CancellationException) {
      return "Import of " + file.getFileName() + " cancelled.";
    }
    if (e instanceof DataImportException die) {
      return die.getMessage();
    }
    if (e instanceof java.nio.file.NoSuchFileException) {
      return file + ": the file does not exist. Check the path or pick another file.";
    }
    if (e instanceof java.io.IOException) {
      return file.getFileName() + ": cannot be read (" + e.getMessage() + "). Check that the file is readable.";
    }
    String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return file.getFileName() + ": " + msg;
  }

  /** Sets {@code column}'s role; LABEL, ID and TIME move away from any other column. */
  public void setRole(String column, ColumnRole role) {
    Dataset d = dataset.get();
    if (d == null || updatingRoles) {
      return;
    }
    dataset.set(d.withSchema(d.schema().withRole(column, role)));
  }

  private void onDatasetChanged(Dataset old, Dataset d) {
    if (d == null) {
      columns.clear();
      rows.set(FXCollections.observableArrayList());
      summary.set("");
      roleWarning.set("");
      issueWarning.set("");
      labelExplanation.set("");
      seriesInfo.set("");
      seriesKey = null;
      return;
    }
    boolean sameTable = old != null && old.table() == d.table();
    if (sameTable) {
      // Only roles changed: update the editor in place, keep summaries and preview.
      updatingRoles = true;
      try {
        for (int i = 0; i < columns.size(); i++) {
          columns.get(i).setRoleSilently(d.schema().columns().get(i).role());
        }
      } finally {
        updatingRoles = false;
      }
    } else {
      List<ColumnModel> models = new ArrayList<>();
      for (ColumnInfo c : d.schema().columns()) {
        models.add(new ColumnModel(c));
      }
      columns.setAll(models);
      rows.set(FXCollections.observableList(new RowIndices(d.rows())));
      computeSummaries(d, models);
    }
    summary.set(d.isImages() ? imageSummary(d) : d.name() + "  ·  " + Format.count(d.rows()) + " rows  ·  "
        + d.schema().columns().size() + " columns  ·  " + d.schema().features().size() + " features"
        + d.schema().label().map(l -> "  ·  label: " + l.name()).orElse("  ·  no label"));
    // Images are their own features: there is no column role to set.
    roleWarning.set(d.schema().features().isEmpty() && !d.isImages()
        ? "No column is a feature yet: set at least one column's role to Feature." : "");
    if (!sameTable) {
      issueWarning.set(issueText(d));
    }
    labelExplanation.set(labelText(d));
    updateSeries(d);
  }

  /**
   * Recomputes the series line in the background when the table or its time column changed:
   * sorting a million times takes a moment, and the answer only depends on these two.
   */
  private void updateSeries(Dataset d) {
    String time = d.schema().columns().stream().filter(c -> c.role() == ColumnRole.TIME).map(ColumnInfo::name)
        .findFirst().orElse(null);
    java.util.List<Object> key = java.util.Arrays.asList(d.table(), time);
    if (key.equals(seriesKey)) {
      return;
    }
    seriesKey = key;
    seriesInfo.set("");
    if (time == null) {
      return;
    }
    runner.submit("Check the series", ctx -> SeriesCheck.of(d).map(SeriesCheck::summary).orElse(""), text -> {
      if (key.equals(seriesKey)) {
        seriesInfo.set(text);
      }
    }, e -> {
      if (key.equals(seriesKey)) {
        seriesInfo.set(e.getMessage());
      }
    });
  }

  /** "mnist · 10,000 images · 28x28 grey · 10 classes, 1 normal" for the header. */
  private static String imageSummary(Dataset d) {
    ImageSet images = d.images();
    int classes = images.hasClasses() ? images.classCounts().size() : 0;
    int normal = ImageTable.normalClasses(d).size();
    return d.name() + "  ·  " + Format.count(images.size()) + " images  ·  " + images.options().width() + "x"
        + images.options().height() + (images.options().channels() == 1 ? " grey" : " RGB")
        + (classes == 0 ? "  ·  no classes" : "  ·  " + classes + (classes == 1 ? " class" : " classes"))
        + (normal == 0 ? "  ·  no class marked normal" : "  ·  " + normal + " normal");
  }

  /** The import's odd cells, one sentence per column, with the choices the banner offers. */
  private static String issueText(Dataset d) {
    if (d.issues().isEmpty()) {
      return "";
    }
    StringBuilder sb = new StringBuilder(d.source() == null ? "" : d.source().getFileName() + ": ");
    for (ColumnIssue i : d.issues()) {
      sb.append(i.message()).append(' ');
    }
    return sb.append("Keep them as missing values, leave ").append(d.issues().size() == 1 ? "this column" : "these columns")
        .append(" out (Ignore), or close the file, fix the cells and open it again.").toString();
  }

  /** Which label value is the anomaly, as the evaluation will read it, or why the label cannot be used. */
  private static String labelText(Dataset d) {
    if (d.schema().label().isEmpty() || d.isImages()) {
      // Images: the label is made from the classes marked normal, which the image view explains.
      return "";
    }
    try {
      return LabelEncoder.fit(d).explanation();
    } catch (DataImportException e) {
      return e.getMessage();
    }
  }

  /** The banner's "Ignore" choice: every column with odd cells stops being a feature. */
  public void ignoreIssueColumns() {
    Dataset d = dataset.get();
    if (d == null) {
      return;
    }
    Schema s = d.schema();
    for (ColumnIssue i : d.issues()) {
      s = s.withRole(i.column(), ColumnRole.IGNORED);
    }
    dataset.set(d.withSchema(s));
    issueWarning.set("");
  }

  /** The banner's "Keep as missing" choice: the user has seen it; hide it. */
  public void acceptIssues() {
    issueWarning.set("");
  }

  /** The banner's "Close file" choice: nothing of this import is used. */
  public void closeDataset() {
    dataset.set(null);
  }

  private void computeSummaries(Dataset d, List<ColumnModel> models) {
    runner.submit("Summarise columns", ctx -> {
      List<ColumnSummary> out = new ArrayList<>();
      for (ColumnModel m : models) {
        ctx.cancel().throwIfCancelled();
        out.add(ColumnSummary.of(d.table().column(m.name())));
      }
      return out;
    }, list -> {
      for (int i = 0; i < list.size(); i++) {
        models.get(i).setSummary(list.get(i));
      }
    }, e -> { });
  }

  /** Row indices 0..n-1 without storing them: the preview table reads cells lazily. */
  private static final class RowIndices extends AbstractList<Integer> {
    private final int size;

    RowIndices(int size) {
      this.size = size;
    }

    @Override
    public Integer get(int index) {
      if (index < 0 || index >= size) {
        throw new IndexOutOfBoundsException(index);
      }
      return index;
    }

    @Override
    public int size() {
      return size;
    }
  }

  public ReadOnlyObjectProperty<Dataset> datasetProperty() {
    return dataset;
  }

  public ObservableList<ColumnModel> columns() {
    return columns;
  }

  /** The preview's items: one index per dataset row, virtual. */
  public ReadOnlyObjectProperty<ObservableList<Integer>> rowsProperty() {
    return rows.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty importingProperty() {
    return importing.getReadOnlyProperty();
  }

  public ReadOnlyDoubleProperty importProgressProperty() {
    return importProgress.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty importMessageProperty() {
    return importMessage.getReadOnlyProperty();
  }

  /** The last import's error, naming file, line and column, or "". */
  public ReadOnlyStringProperty importErrorProperty() {
    return importError.getReadOnlyProperty();
  }

  public void clearImportError() {
    importError.set("");
  }

  /** One line: name, rows, columns, features, label. */
  public ReadOnlyStringProperty summaryProperty() {
    return summary.getReadOnlyProperty();
  }

  /**
   * Cells of numeric columns that were not numbers and were read as missing (column, count,
   * first row and value, and the choices), or "" when there are none or the user chose.
   */
  public ReadOnlyStringProperty issueWarningProperty() {
    return issueWarning.getReadOnlyProperty();
  }

  /** How the label column is read (which value is the anomaly, and why), or "" without a label. */
  public ReadOnlyStringProperty labelExplanationProperty() {
    return labelExplanation.getReadOnlyProperty();
  }

  /**
   * With a TIME column: points, typical step, gaps (largest and its row), duplicate times,
   * irregular sampling and whether the file was unsorted; "" without one.
   */
  public ReadOnlyStringProperty seriesInfoProperty() {
    return seriesInfo.getReadOnlyProperty();
  }

  /** A problem with the roles that blocks training, or "". */
  public ReadOnlyStringProperty roleWarningProperty() {
    return roleWarning.getReadOnlyProperty();
  }
}
