package org.anomalyworkbench.ui;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.prefs.Preferences;
import org.anomalyworkbench.core.detector.Detector;
import org.anomalyworkbench.ui.data.DatasetLoader;
import org.anomalyworkbench.ui.results.ThresholdResolver;
import org.anomalyworkbench.ui.task.TaskRunner;
import org.anomalyworkbench.ui.train.TrainingService;

/**
 * What the window needs from the outside world, in one place: the app passes core-backed
 * implementations ({@link CoreServices}), tests pass a direct task runner, temporary
 * preferences and, where useful, scripted services.
 *
 * @param runner background work and UI posting
 * @param loader reads data files
 * @param detectors the detectors the picker lists
 * @param trainer trains and scores
 * @param thresholds resolves threshold strategies
 * @param exporter writes flagged rows
 * @param backend completes with one line describing the compute backend (loading it takes seconds)
 * @param preferences where window geometry, theme and recent files are kept
 * @param models saves trained models and scores data with saved ones
 */
public record Services(TaskRunner runner, DatasetLoader loader, List<Detector<?>> detectors, TrainingService trainer,
    ThresholdResolver thresholds, FlaggedExporter exporter, CompletableFuture<String> backend, Preferences preferences,
    ModelFiles models) {

  public Services {
    detectors = List.copyOf(detectors);
  }
}
