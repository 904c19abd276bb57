/**
 * Model files: a trained preparation, detector, threshold and provenance as one
 * {@link org.anomalyworkbench.core.model.TrainedModel}, saved and read as {@code .awm} files and
 * applied to new data in chunks.
 */
package org.anomalyworkbench.core.model;
