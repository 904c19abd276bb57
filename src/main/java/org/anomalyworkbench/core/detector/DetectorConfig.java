package org.anomalyworkbench.core.detector;

/**
 * Marker for a detector's configuration. Implementations are records whose components carry
 * {@link Param} annotations and whose compact constructor validates; {@link ConfigBinder}
 * turns those declarations into the UI form, the CLI options and the saved text form.
 */
public interface DetectorConfig {
}
