package org.anomalyworkbench.core.detector;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares one parameter of a detector config record: its label, help text and numeric
 * bounds. The UI form, the CLI's {@code --param name=value} and validation are all derived
 * from these declarations.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface Param {
  /** Short label shown next to the field. */
  String label();

  /** One or two sentences shown as tooltip and in {@code --help}. */
  String description();

  /** Smallest allowed number (for numbers, and for every element of a number list). */
  double min() default Double.NEGATIVE_INFINITY;

  /** Largest allowed number. */
  double max() default Double.POSITIVE_INFINITY;
}
