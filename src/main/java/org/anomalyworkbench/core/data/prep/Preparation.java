package org.anomalyworkbench.core.data.prep;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.anomalyworkbench.core.data.ImageOptions;
import org.anomalyworkbench.core.data.ColumnInfo;
import org.anomalyworkbench.core.data.ColumnKind;
import org.anomalyworkbench.core.data.ColumnValues;
import org.anomalyworkbench.core.data.DataImportException;
import org.anomalyworkbench.core.data.Dataset;
import org.anomalyworkbench.core.data.LabelEncoder;
import org.anomalyworkbench.core.data.LabelEncoding;
import org.anomalyworkbench.core.data.PreparedData;
import org.anomalyworkbench.core.archive.ModelArchive;
import tech.tablesaw.columns.Column;

/**
 * The fitted recipe that turns a {@link Dataset} into the float matrix a detector sees,
 * saved with the model so that data scored later is prepared exactly the same way.
 *
 * <p>Every FEATURE column, in schema order: numeric and date-time columns (date-times as
 * epoch seconds, read as UTC) get missing values replaced by their training median and are
 * then scaled ({@link Scaling}); categorical columns become one-hot features of their most
 * frequent training levels. A TEXT feature (more distinct values than the one-hot limit) is
 * refused with a message rather than silently encoded into its top levels. All statistics come from the training rows only, so
 * validation rows never leak into the model. A zero spread scales by 1.
 *
 * <p>Data prepared later must have every feature column, by name (extra columns are
 * ignored). Its LABEL column, if the schema has one, becomes 0/1 labels through the
 * training {@link LabelEncoding} (or a fresh one when the label column is another).
 */
public final class Preparation {
  /** Entry name in a model archive. */
  public static final String ENTRY = "preparation.json";
  /** Version of the stored form. */
  public static final int FORMAT_VERSION = 1;

  private final PreparationConfig config;
  private final List<FeatureTransform> features;
  private final LabelEncoding label;
  private final int trainingRows;
  private final List<String> featureNames;
  private final float[] trainingMedians;
  private final ImagePixels images;

  private Preparation(PreparationConfig config, List<FeatureTransform> features, LabelEncoding label,
      int trainingRows, ImagePixels images) {
    this.config = config;
    this.features = List.copyOf(features);
    this.label = label;
    this.trainingRows = trainingRows;
    this.images = images;
    List<String> names = new ArrayList<>(images == null ? List.of() : images.featureNames());
    List<Float> medians = new ArrayList<>();
    for (FeatureTransform f : features) {
      names.addAll(f.names());
      for (float m : f.preparedMedians()) {
        medians.add(m);
      }
    }
    this.featureNames = Collections.unmodifiableList(names);
    this.trainingMedians = new float[medians.size()];
    for (int i = 0; i < trainingMedians.length; i++) {
      trainingMedians[i] = medians.get(i);
    }
  }

  /**
   * Fits on {@code trainingRows} of {@code data} (indices into its table).
   *
   * @throws DataImportException when there is no feature column, or a feature column does
   *     not hold what its kind says
   */
  public static Preparation fit(Dataset data, int[] trainingRows, PreparationConfig cfg) {
    if (data.isImages()) {
      checkRows(trainingRows, data.rows());
      LabelEncoding label = data.schema().label().map(l -> LabelEncoder.fit(data)).orElse(null);
      return new Preparation(cfg, List.of(), label, trainingRows.length,
          ImagePixels.fit(data.images(), trainingRows, cfg.scaling()));
    }
    List<ColumnInfo> cols = data.schema().features();
    if (cols.isEmpty()) {
      throw new DataImportException(data.source(), 0, null,
          "There are no feature columns: mark at least one column as a feature.");
    }
    checkRows(trainingRows, data.rows());
    List<FeatureTransform> features = new ArrayList<>();
    for (ColumnInfo c : cols) {
      features.add(fitOne(data, c, trainingRows, cfg));
    }
    LabelEncoding label = data.schema().label().map(l -> LabelEncoder.fit(data)).orElse(null);
    return new Preparation(cfg, features, label, trainingRows.length, null);
  }

  private static FeatureTransform fitOne(Dataset data, ColumnInfo c, int[] trainingRows, PreparationConfig cfg) {
    Column<?> values = data.table().column(c.name());
    if (c.kind() == ColumnKind.TEXT) {
      // Hundreds of distinct texts one-hot encoded are mostly noise features; usually the column
      // is a measurement with odd cells or an id, so refuse and say which.
      throw new DataImportException(data.source(), 0, c.name(), "This column is marked as a feature, but it is text "
          + "with " + c.distinct() + " different values, too many to encode as categories. If it should hold numbers, import it again reading its non-number cells as "
          + "missing; otherwise set its role to Ignored (or ID).");
    }
    if (!FeatureTransform.numeric(c.kind())) {
      return OneHotFeature.fit(c.name(), c.kind(), values, trainingRows, cfg.maxCategoryLevels());
    }
    if (!ColumnValues.isNumeric(values)) {
      throw new DataImportException(data.source(), 0, c.name(), "This column is marked " + c.kind()
          + " but holds text. Change its kind, or set its role to IGNORED.");
    }
    return NumericFeature.fit(c.name(), c.kind(), ColumnValues.numbers(values), trainingRows, cfg.scaling(),
        data.source());
  }

  private static void checkRows(int[] rows, int total) {
    if (rows.length == 0) {
      throw new IllegalArgumentException("There are no training rows.");
    }
    for (int r : rows) {
      if (r < 0 || r >= total) {
        throw new IndexOutOfBoundsException("Training row " + r + " is outside the data (" + total + " rows).");
      }
    }
  }

  /**
   * All rows of {@code data}, in order, as the fitted matrix; with 0/1 labels when the
   * schema has a LABEL column (every row must then have a label), else without.
   *
   * @throws DataImportException when a feature column is missing or of another type, or
   *     labels are missing or not two-valued
   */
  public PreparedData transform(Dataset data) {
    if (images != null) {
      return images.prepare(data, labels(data));
    }
    int width = featureNames.size();
    float[] out = new float[Math.multiplyExact(data.rows(), width)];
    int offset = 0;
    for (FeatureTransform f : features) {
      f.write(column(data, f.column()), out, width, offset, data.source());
      offset += f.width();
    }
    return new PreparedData(out, featureNames, labels(data));
  }

  private int[] labels(Dataset data) {
    Optional<ColumnInfo> l = data.schema().label();
    if (l.isEmpty()) {
      return null;
    }
    Column<?> values = column(data, l.get().name());
    LabelEncoding enc = label != null && label.column().equals(l.get().name())
        ? label : LabelEncoder.fit(values, data.source());
    return enc.encodeComplete(values, data.source());
  }

  private static Column<?> column(Dataset data, String name) {
    if (!data.table().columnNames().contains(name)) {
      throw new DataImportException(data.source(), 0, name, "This column is missing, but the model was "
          + "trained with it. Add it to the data (same name), or train a new model on these columns. "
          + "Columns present: " + data.table().columnNames());
    }
    return data.table().column(name);
  }

  /** Prepared feature names in matrix order: the column name, or {@code column=level} for one-hot. */
  public List<String> featureNames() {
    return featureNames;
  }

  /** Per prepared feature, its median over the training rows in prepared units (a copy). */
  public float[] trainingMedians() {
    return trainingMedians.clone();
  }

  /** Per source feature column: where it is in the matrix and its training median in raw units. */
  public List<SourceFeature> sourceFeatures() {
    List<SourceFeature> out = new ArrayList<>();
    int index = 0;
    for (FeatureTransform f : features) {
      out.add(f.describe(index));
      index += f.width();
    }
    return out;
  }

  /** How images were read and scaled when the model was trained on images; empty for tables. */
  public Optional<ImageOptions> imageOptions() {
    return Optional.ofNullable(images).map(ImagePixels::options);
  }

  /**
   * A prepared image value back in 0..255 (for drawing a reconstruction); only for a
   * preparation of images.
   */
  public double unscalePixel(int channel, float value) {
    if (images == null) {
      throw new IllegalStateException("not a preparation of images");
    }
    return images.unscale(channel, value);
  }

  /** Names of the columns data must have to be transformed. */
  public List<String> requiredColumns() {
    return features.stream().map(FeatureTransform::column).toList();
  }

  /** How labels were encoded at fit time, if the training data had a label. */
  public Optional<LabelEncoding> labelEncoding() {
    return Optional.ofNullable(label);
  }

  public PreparationConfig config() {
    return config;
  }

  /** Number of rows the preparation was fitted on. */
  public int trainingRows() {
    return trainingRows;
  }

  /** Stores the fitted state as {@value #ENTRY}. */
  public void save(ModelArchive.Writer writer) throws IOException {
    List<FeatureState> states = features.stream().map(FeatureTransform::state).toList();
    writer.putJson(ENTRY, new PreparationState(FORMAT_VERSION, config, states, label, trainingRows, images));
  }

  /**
   * Reads a preparation stored by {@link #save}.
   *
   * @throws IOException when the entry is missing, unreadable or from a newer version
   */
  public static Preparation load(ModelArchive.Reader reader) throws IOException {
    PreparationState s;
    try {
      s = reader.json(ENTRY, PreparationState.class);
    } catch (IOException | RuntimeException e) {
      throw new IOException("The model file's data preparation cannot be read (" + e.getMessage() + ").", e);
    }
    if (s.formatVersion() > FORMAT_VERSION) {
      throw new IOException("The model file's data preparation was written by a newer version (format "
          + s.formatVersion() + "); update the application to open it.");
    }
    List<FeatureTransform> features = s.features().stream().map(FeatureTransform::of).toList();
    return new Preparation(s.config(), features, s.label(), s.trainingRows(), s.images());
  }
}
