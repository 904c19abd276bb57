package org.anomalyworkbench.core.project;

import java.util.List;

/**
 * The parts of the window worth restoring when a project is opened: which run is shown (and
 * which are compared), the threshold on screen, and the flagged-records filter.
 *
 * @param selectedRun the run shown in Results; null for none
 * @param comparedRuns runs selected together for comparison (empty for none)
 * @param threshold the threshold on screen for the selected run; null = the run's own
 * @param filter the text filter over flagged records ("" for none)
 */
public record ViewState(String selectedRun, List<String> comparedRuns, Double threshold, String filter) {
  public ViewState {
    comparedRuns = comparedRuns == null ? List.of() : List.copyOf(comparedRuns);
    filter = filter == null ? "" : filter;
    if (threshold != null && !Double.isFinite(threshold)) {
      threshold = null;
    }
  }

  /** Nothing selected, no filter. */
  public static ViewState empty() {
    return new ViewState(null, List.of(), null, "");
  }
}
