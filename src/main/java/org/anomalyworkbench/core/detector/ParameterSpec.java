package org.anomalyworkbench.core.detector;

import java.util.List;

/**
 * One configurable parameter of a detector, as the UI form and the CLI see it.
 *
 * @param name record component name, used as key in saved configs and on the command line
 * @param label short label
 * @param description help text
 * @param type value type
 * @param min lower bound for numbers
 * @param max upper bound for numbers
 * @param choices allowed values for {@link Type#CHOICE}, else empty
 * @param defaultValue the default, in text form
 */
public record ParameterSpec(
    String name,
    String label,
    String description,
    Type type,
    double min,
    double max,
    List<String> choices,
    String defaultValue) {

  /** Value types a parameter can have. */
  public enum Type { INTEGER, DECIMAL, BOOLEAN, TEXT, CHOICE, INTEGER_LIST, TEXT_LIST }

  public ParameterSpec {
    choices = List.copyOf(choices);
  }
}
