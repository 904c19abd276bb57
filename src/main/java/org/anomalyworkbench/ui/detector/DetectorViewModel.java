package org.anomalyworkbench.ui.detector;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.anomalyworkbench.core.data.ColumnRole;
import org.anomalyworkbench.core.data.DataKind;
import org.anomalyworkbench.core.data.Dataset;
import org.anomalyworkbench.core.detector.ConfigBinder;
import org.anomalyworkbench.core.detector.Detector;
import org.anomalyworkbench.core.detector.ParameterSpec;
import org.anomalyworkbench.ui.train.TrainingPlan;

/**
 * The detector step: the list of detectors, a form generated from the chosen detector's
 * parameter declarations and validated as the user types (each field on its own, then the
 * whole config through the record's own validation), the preparation choices and the seed.
 * Edits are remembered per detector while the app runs.
 */
public final class DetectorViewModel {
  private final ObservableList<Detector<?>> detectors;
  private final ReadOnlyObjectProperty<Dataset> dataset;
  private final ObjectProperty<Detector<?>> selected = new SimpleObjectProperty<>(this, "selected");
  private final ObservableList<ParameterField> fields = FXCollections.observableArrayList();
  private final ReadOnlyStringWrapper formError = new ReadOnlyStringWrapper(this, "formError", "");
  private final ReadOnlyStringWrapper compatibility = new ReadOnlyStringWrapper(this, "compatibility", "");
  private final ObjectProperty<Scaling> scaling = new SimpleObjectProperty<>(this, "scaling", Scaling.STANDARD);
  private final StringProperty validationPercent = new SimpleStringProperty(this, "validationPercent", "20");
  private final StringProperty seed = new SimpleStringProperty(this, "seed", "42");
  private final StringProperty window = new SimpleStringProperty(this, "window", "0");
  private final ReadOnlyStringWrapper preparationError = new ReadOnlyStringWrapper(this, "preparationError", "");
  private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid");
  private final Map<String, Map<String, String>> edits = new HashMap<>();

  public DetectorViewModel(List<Detector<?>> all, ReadOnlyObjectProperty<Dataset> dataset) {
    this.detectors = FXCollections.observableArrayList(all);
    this.dataset = dataset;
    selected.addListener((o, a, b) -> onSelected(a, b));
    validationPercent.addListener((o, a, b) -> validate());
    seed.addListener((o, a, b) -> validate());
    window.addListener((o, a, b) -> validate());
    dataset.addListener((o, a, b) -> {
      // Pixels have a fixed range: min-max keeps black at 0 (core's default for images);
      // tables go back to standardising. Only when the kind of data changes.
      if (a == null || b == null || a.isImages() != b.isImages()) {
        if (b != null) {
          scaling.set(b.isImages() ? Scaling.MIN_MAX : Scaling.STANDARD);
        }
      }
      validate();
    });
    if (!all.isEmpty()) {
      selected.set(all.get(0));
    }
  }

  /** Picks the detector with this id; false when there is none. */
  public boolean select(String id) {
    for (Detector<?> d : detectors) {
      if (d.id().equals(id)) {
        selected.set(d);
        return true;
      }
    }
    return false;
  }

  /** Puts every parameter of the current detector back to its default. */
  public void resetDefaults() {
    for (ParameterField f : fields) {
      f.textProperty().set(f.spec().defaultValue());
    }
  }

  private void onSelected(Detector<?> old, Detector<?> d) {
    if (old != null) {
      edits.put(old.id(), currentTexts());
    }
    fields.clear();
    if (d == null) {
      validate();
      return;
    }
    Map<String, String> remembered = edits.getOrDefault(d.id(), Map.of());
    for (ParameterSpec spec : d.parameters()) {
      ParameterField f = new ParameterField(spec, remembered.getOrDefault(spec.name(), spec.defaultValue()));
      f.textProperty().addListener((o, a, b) -> validate());
      fields.add(f);
    }
    validate();
  }

  private Map<String, String> currentTexts() {
    Map<String, String> m = new LinkedHashMap<>();
    for (ParameterField f : fields) {
      m.put(f.spec().name(), f.textProperty().get() == null ? "" : f.textProperty().get().trim());
    }
    return m;
  }

  /** Validates every field, the whole config, the preparation and the data fit. */
  void validate() {
    Detector<?> d = selected.get();
    boolean ok = d != null;
    if (d != null) {
      for (ParameterField f : fields) {
        try {
          ConfigBinder.bind(d.defaultConfig(), Map.of(f.spec().name(), text(f)));
          f.setError("");
        } catch (IllegalArgumentException e) {
          // A rule between fields (warm-up below the window) fails here against the other
          // fields' defaults, not the values on screen: the whole-config check below judges it.
          boolean aboutThisField = String.valueOf(e.getMessage()).startsWith("Parameter '" + f.spec().name() + "'");
          f.setError(aboutThisField ? e.getMessage() : "");
          ok &= !aboutThisField;
        }
      }
      if (ok) {
        try {
          ConfigBinder.bind(d.defaultConfig(), currentTexts());
          formError.set("");
        } catch (IllegalArgumentException e) {
          formError.set(e.getMessage());
          ok = false;
        }
      } else {
        formError.set("");
      }
    }
    ok &= validatePreparation();
    ok &= checkCompatibility(d);
    valid.set(ok);
  }

  private static String text(ParameterField f) {
    return f.textProperty().get() == null ? "" : f.textProperty().get().trim();
  }

  private boolean validatePreparation() {
    try {
      double p = Double.parseDouble(validationPercent.get().trim());
      if (!(p >= 0 && p <= 50)) {
        preparationError.set("Validation share must be between 0 and 50 %, not " + validationPercent.get().trim() + ".");
        return false;
      }
    } catch (NumberFormatException | NullPointerException e) {
      preparationError.set("Validation share must be a number of percent, e.g. 20.");
      return false;
    }
    try {
      Long.parseLong(seed.get().trim());
    } catch (NumberFormatException | NullPointerException e) {
      preparationError.set("Seed must be a whole number, e.g. 42.");
      return false;
    }
    try {
      int w = Integer.parseInt(window.get().trim());
      if (w < 0 || w > 100_000) {
        throw new NumberFormatException();
      }
    } catch (NumberFormatException | NullPointerException e) {
      preparationError.set("Window must be a whole number of points from 0 (single rows) to 100000, e.g. 32.");
      return false;
    }
    preparationError.set("");
    return true;
  }

  private boolean checkCompatibility(Detector<?> d) {
    Dataset data = dataset.get();
    if (d == null) {
      compatibility.set("Pick a detector.");
      return false;
    }
    if (data == null) {
      compatibility.set("Load a dataset in the Data step first.");
      return false;
    }
    if (data.isImages()) {
      return checkImages(d, data);
    }
    if (data.schema().features().isEmpty()) {
      compatibility.set("No column is a feature: set at least one column's role to Feature in the Data step.");
      return false;
    }
    if (d.requiresLabels() && data.schema().label().isEmpty()) {
      compatibility.set(d.displayName() + " learns from labels: mark a 0/1 column as Label in the Data step.");
      return false;
    }
    boolean timeSeries = data.schema().columns().stream().anyMatch(c -> c.role() == ColumnRole.TIME);
    Set<DataKind> kinds = d.accepts();
    if (!kinds.contains(DataKind.TABULAR) && !(timeSeries && kinds.contains(DataKind.TIME_SERIES))) {
      compatibility.set(d.displayName() + " works on " + kindsText(kinds)
          + " data; this dataset is a table" + (timeSeries ? "" : " without a time column") + ".");
      return false;
    }
    compatibility.set("");
    return true;
  }

  private boolean checkImages(Detector<?> d, Dataset data) {
    if (!d.accepts().contains(DataKind.IMAGES)) {
      compatibility.set(d.displayName() + " cannot read images (it works on " + kindsText(d.accepts())
          + " data). Pick one marked 'images', such as " + imageDetectorNames() + ".");
      return false;
    }
    if (d.requiresLabels() && data.schema().label().isEmpty()) {
      compatibility.set(d.displayName() + " learns from labels: mark the normal classes in the Data step.");
      return false;
    }
    compatibility.set("");
    return true;
  }

  private String imageDetectorNames() {
    return detectors.stream().filter(x -> x.accepts().contains(DataKind.IMAGES)).limit(3).map(Detector::id)
        .collect(Collectors.joining(", "));
  }

  /**
   * False when {@code d} cannot read the data loaded now (a table detector on images, a series
   * detector on a table without time); the picker greys such detectors out.
   */
  public boolean applicable(Detector<?> d) {
    Dataset data = dataset.get();
    if (data == null) {
      return true;
    }
    if (data.isImages()) {
      return d.accepts().contains(DataKind.IMAGES);
    }
    boolean timeSeries = data.schema().columns().stream().anyMatch(c -> c.role() == ColumnRole.TIME);
    return d.accepts().contains(DataKind.TABULAR) || timeSeries && d.accepts().contains(DataKind.TIME_SERIES);
  }

  /** The session's dataset (the picker refreshes its cells when it changes). */
  public ReadOnlyObjectProperty<Dataset> datasetProperty() {
    return dataset;
  }

  /** "tabular, time series" for a detector's accepted kinds. */
  public static String kindsText(Set<DataKind> kinds) {
    return kinds.stream().sorted().map(k -> k.name().toLowerCase(Locale.ROOT).replace('_', ' '))
        .collect(Collectors.joining(", "));
  }

  /**
   * The run the form describes.
   *
   * @throws IllegalStateException if the form is not valid
   */
  public TrainingPlan plan() {
    if (!valid.get()) {
      String why = firstError();
      throw new IllegalStateException(why.isEmpty() ? "The detector settings are not complete." : why);
    }
    Detector<?> d = selected.get();
    Map<String, String> changed = new LinkedHashMap<>();
    for (ParameterField f : fields) {
      if (!f.isDefault()) {
        changed.put(f.spec().name(), text(f));
      }
    }
    return new TrainingPlan(d.id(), d.displayName(), changed, scaling.get().name(),
        Double.parseDouble(validationPercent.get().trim()) / 100.0, Long.parseLong(seed.get().trim()),
        Integer.parseInt(window.get().trim()));
  }

  /** The first problem that blocks training, or "". */
  public String firstError() {
    if (!compatibility.get().isEmpty()) {
      return compatibility.get();
    }
    for (ParameterField f : fields) {
      if (!f.errorProperty().get().isEmpty()) {
        return f.errorProperty().get();
      }
    }
    if (!formError.get().isEmpty()) {
      return formError.get();
    }
    return preparationError.get();
  }

  public ObservableList<Detector<?>> detectors() {
    return detectors;
  }

  public ObjectProperty<Detector<?>> selectedProperty() {
    return selected;
  }

  public ObservableList<ParameterField> fields() {
    return fields;
  }

  /** A problem with the combination of values (the config's own validation), or "". */
  public ReadOnlyStringProperty formErrorProperty() {
    return formError.getReadOnlyProperty();
  }

  /** Why the detector cannot train on the current data, or "". */
  public ReadOnlyStringProperty compatibilityProperty() {
    return compatibility.getReadOnlyProperty();
  }

  public ObjectProperty<Scaling> scalingProperty() {
    return scaling;
  }

  /** Percent of rows held out for validation, as typed. */
  public StringProperty validationPercentProperty() {
    return validationPercent;
  }

  /**
   * Points per window for detectors of table rows on a series (a Time column), as typed;
   * 0 = single rows. Series detectors window the series themselves and ignore it.
   */
  public StringProperty windowProperty() {
    return window;
  }

  public StringProperty seedProperty() {
    return seed;
  }

  public ReadOnlyStringProperty preparationErrorProperty() {
    return preparationError.getReadOnlyProperty();
  }

  /** True when a run can start with these settings on the current data. */
  public ReadOnlyBooleanProperty validProperty() {
    return valid.getReadOnlyProperty();
  }
}
