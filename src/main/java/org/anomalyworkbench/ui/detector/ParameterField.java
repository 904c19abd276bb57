package org.anomalyworkbench.ui.detector;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.anomalyworkbench.core.detector.ParameterSpec;

/** One field of the generated detector form: its declaration, the text typed, and its error. */
public final class ParameterField {
  private final ParameterSpec spec;
  private final StringProperty text;
  private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

  ParameterField(ParameterSpec spec, String initial) {
    this.spec = spec;
    this.text = new SimpleStringProperty(this, "text", initial);
  }

  public ParameterSpec spec() {
    return spec;
  }

  /** The value as typed; validated as it changes. */
  public StringProperty textProperty() {
    return text;
  }

  /** Why the value is not accepted, or "". */
  public ReadOnlyStringProperty errorProperty() {
    return error.getReadOnlyProperty();
  }

  void setError(String message) {
    error.set(message == null ? "" : message);
  }

  /** True when the text is the parameter's default (a project saves only the others). */
  public boolean isDefault() {
    return spec.defaultValue() != null && spec.defaultValue().equals(text.get() == null ? null : text.get().trim());
  }

  /** "between 1 and 1000" style hint from the declared bounds, or "". */
  public String boundsHint() {
    boolean lo = Double.isFinite(spec.min());
    boolean hi = Double.isFinite(spec.max());
    if (!lo && !hi) {
      return "";
    }
    if (lo && hi) {
      return "between " + num(spec.min()) + " and " + num(spec.max());
    }
    return lo ? "at least " + num(spec.min()) : "at most " + num(spec.max());
  }

  private static String num(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }
}
