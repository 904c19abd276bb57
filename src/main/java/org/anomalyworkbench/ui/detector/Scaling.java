package org.anomalyworkbench.ui.detector;

/** Feature scaling choices the form offers, named as core's preparation names them. */
public enum Scaling {
  STANDARD("Standardise (mean 0, sd 1)"),
  ROBUST("Robust (median, IQR)"),
  MIN_MAX("Min–max to 0..1"),
  NONE("None (use raw values)");

  private final String label;

  Scaling(String label) {
    this.label = label;
  }

  @Override
  public String toString() {
    return label;
  }
}
