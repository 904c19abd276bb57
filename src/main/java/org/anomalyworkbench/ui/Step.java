package org.anomalyworkbench.ui;

/** The steps of the workflow, in order, and the project's runs; each has a sidebar entry and a view. */
public enum Step {
  DATA("Data", "Load a table, set roles"),
  DETECTOR("Detector", "Pick and configure a method"),
  TRAIN("Train", "Fit it and watch the loss"),
  RESULTS("Results", "Threshold, inspect, export"),
  RUNS("Runs", "Every training, compared");

  private final String title;
  private final String hint;

  Step(String title, String hint) {
    this.title = title;
    this.hint = hint;
  }

  public String title() {
    return title;
  }

  /** What the step is for, shown under its name until it has a status. */
  public String hint() {
    return hint;
  }

  /** 1-based position, as in the Ctrl+1..5 shortcuts. */
  public int number() {
    return ordinal() + 1;
  }
}
