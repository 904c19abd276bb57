package org.anomalyworkbench.core.project;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.anomalyworkbench.core.data.Schema;
import org.anomalyworkbench.core.data.prep.PreparationConfig;

/**
 * An analyst's work on one dataset: the data it reads, the columns' roles and types, the
 * preparation, the detector and config chosen for the next training, every run so far (oldest
 * first) and the view state. Immutable: each change makes a new project, which is what lets the
 * window tell saved from unsaved work by comparing with what was last written.
 *
 * @param data where the data lives and how it was read
 * @param schema column kinds and roles as the analyst left them
 * @param preparation how rows become the matrix a detector sees
 * @param detectorId the detector picked for the next training
 * @param detectorParams its parameters, in text form, over its defaults
 * @param runs every training kept, oldest first; ids unique
 * @param view what the window showed
 */
public record Project(
    DataSource data,
    Schema schema,
    PreparationConfig preparation,
    String detectorId,
    Map<String, String> detectorParams,
    List<Run> runs,
    ViewState view) {

  /** The most runs one project keeps; a file claiming more is damaged or crafted. */
  public static final int MAX_RUNS = 1_000;

  public Project {
    if (data == null || schema == null || preparation == null || detectorId == null) {
      throw new IllegalArgumentException("A project needs data, a schema, a preparation and a detector.");
    }
    detectorParams = detectorParams == null ? Map.of() : Map.copyOf(detectorParams);
    runs = runs == null ? List.of() : List.copyOf(runs);
    view = view == null ? ViewState.empty() : view;
    if (runs.size() > MAX_RUNS) {
      throw new IllegalArgumentException("A project keeps at most " + MAX_RUNS + " runs; delete old runs first.");
    }
    if (runs.stream().map(Run::id).distinct().count() != runs.size()) {
      throw new IllegalArgumentException("Two runs of the project have the same id.");
    }
  }

  /** The run with this id. */
  public Optional<Run> run(String id) {
    return runs.stream().filter(r -> r.id().equals(id)).findFirst();
  }

  /** This project with {@code run} added last and selected. */
  public Project withRun(Run run) {
    List<Run> more = new ArrayList<>(runs);
    more.add(run);
    return new Project(data, schema, preparation, detectorId, detectorParams, more,
        new ViewState(run.id(), List.of(), null, view.filter()));
  }

  /** This project without the run {@code id} (and no longer selecting it). */
  public Project withoutRun(String id) {
    List<Run> fewer = runs.stream().filter(r -> !r.id().equals(id)).toList();
    ViewState v = id.equals(view.selectedRun())
        ? new ViewState(null, List.of(), null, view.filter())
        : new ViewState(view.selectedRun(), view.comparedRuns().stream().filter(c -> !c.equals(id)).toList(),
            view.threshold(), view.filter());
    return new Project(data, schema, preparation, detectorId, detectorParams, fewer, v);
  }

  /** This project with another view state. */
  public Project withView(ViewState v) {
    return new Project(data, schema, preparation, detectorId, detectorParams, runs, v);
  }

  /** This project reading its data from {@code source} (e.g. after the analyst located a moved file). */
  public Project withData(DataSource source) {
    return new Project(source, schema, preparation, detectorId, detectorParams, runs, view);
  }

  /** This project with the detector and parameters for the next training. */
  public Project withDetector(String id, Map<String, String> params) {
    return new Project(data, schema, preparation, id, params, runs, view);
  }

  /** An id no run has yet: {@code run-N} with N one more than the largest in use. */
  public String nextRunId() {
    int max = 0;
    for (Run r : runs) {
      if (r.id().matches("run-\\d{1,9}")) {
        max = Math.max(max, Integer.parseInt(r.id().substring(4)));
      }
    }
    return "run-" + (max + 1);
  }
}
