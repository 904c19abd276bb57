package org.anomalyworkbench.ui.train;

import java.util.Map;
import org.anomalyworkbench.core.training.RunProvenance;
import org.anomalyworkbench.ui.results.ResultsData;

/**
 * A finished training run as the UI keeps it.
 *
 * @param results the scored rows for the results step
 * @param provenance how the model was made
 * @param config the full detector configuration used (text form)
 * @param model the core model object (kept for saving and export), opaque to the views
 */
public record TrainingOutcome(ResultsData results, RunProvenance provenance, Map<String, String> config, Object model) {
}
