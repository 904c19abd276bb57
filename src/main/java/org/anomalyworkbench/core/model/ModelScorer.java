package org.anomalyworkbench.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.anomalyworkbench.core.data.ColumnInfo;
import org.anomalyworkbench.core.data.ColumnRole;
import org.anomalyworkbench.core.data.Dataset;
import org.anomalyworkbench.core.data.PreparedData;
import org.anomalyworkbench.core.data.Schema;
import org.anomalyworkbench.core.detector.registry.DetectorRegistry;
import org.anomalyworkbench.core.detector.Scores;
import org.anomalyworkbench.core.training.CancellationToken;

/**
 * Applies a saved model to new data: the new file's columns take the roles they had in
 * training (matched by name), the fitted preparation is applied, and rows are scored in chunks
 * so that memory stays bounded however many rows there are.
 */
public final class ModelScorer {
  /** Rows scored per detector call. */
  public static final int CHUNK_ROWS = 50_000;

  private ModelScorer() {
  }

  /**
   * {@code data} prepared as the model prepares it (columns matched by name, the fitted
   * preparation applied), one row per sample, with the data's roles aligned to the model's.
   */
  public static PreparedData prepare(TrainedModel model, Dataset data) {
    return model.preparation().transform(data.withSchema(alignRoles(model.schema(), data.schema())));
  }

  /**
   * Only the {@code rows} of {@code data}, in that order, prepared as the model prepares them and
   * without labels: the fitted preparation works row by row, so this equals
   * {@code prepare(model, data).select(rows)} at the cost of those rows alone (an explanation
   * needs its row and a background of fifty, not the whole file again).
   */
  public static PreparedData prepareRows(TrainedModel model, Dataset data, int[] rows) {
    List<ColumnInfo> columns = new ArrayList<>();
    for (ColumnInfo c : alignRoles(model.schema(), data.schema()).columns()) {
      // Labels are not needed here, and a handful of rows need not hold both classes.
      columns.add(c.role() == ColumnRole.LABEL ? c.withRole(ColumnRole.IGNORED) : c);
    }
    return model.preparation().transform(data.selectRows(rows).withSchema(new Schema(columns))).withoutLabels();
  }

  public static ScoredData score(TrainedModel model, Dataset data, CancellationToken cancel) {
    Dataset aligned = data.withSchema(alignRoles(model.schema(), data.schema()));
    PreparedData prepared = model.preparation().transform(aligned);
    Optional<SeriesScoring> series = SeriesScoring.of(DetectorRegistry.byId(model.detectorId()), aligned,
        model.preparation().config().window());
    if (series.isPresent()) {
      // Windows span any chunk boundary: a series is scored whole, in time order.
      cancel.throwIfCancelled();
      return ScoredData.of(aligned, series.get().score(model.detector(), prepared)
          .requireFinite(model.detectorId()), prepared.labels());
    }
    List<Scores> parts = new ArrayList<>();
    for (int from = 0; from < prepared.rows(); from += CHUNK_ROWS) {
      cancel.throwIfCancelled();
      int to = Math.min(prepared.rows(), from + CHUNK_ROWS);
      parts.add(model.detector().score(from == 0 && to == prepared.rows() ? prepared : prepared.slice(from, to)));
    }
    Scores scores = parts.isEmpty() ? new Scores(new double[0], new float[0], prepared.featureNames())
        : Scores.concat(parts).requireFinite(model.detectorId());
    return ScoredData.of(aligned, scores, prepared.labels());
  }

  /**
   * Features are the training features, matched by name. The label is the new data's own label
   * column if it has one, else the training label column if the new file has it. Everything else
   * is kept for export but not used.
   */
  static Schema alignRoles(Schema training, Schema data) {
    boolean dataHasLabel = data.label().isPresent();
    List<ColumnInfo> out = new ArrayList<>();
    for (ColumnInfo c : data.columns()) {
      ColumnRole trained = training.column(c.name()).map(ColumnInfo::role).orElse(ColumnRole.IGNORED);
      ColumnRole role;
      if (trained == ColumnRole.FEATURE) {
        role = ColumnRole.FEATURE;
      } else if (c.role() == ColumnRole.LABEL || (!dataHasLabel && trained == ColumnRole.LABEL)) {
        role = ColumnRole.LABEL;
      } else if (trained == ColumnRole.TIME) {
        role = ColumnRole.TIME;
      } else if (c.role() == ColumnRole.ID || trained == ColumnRole.ID) {
        role = ColumnRole.ID;
      } else {
        role = ColumnRole.IGNORED;
      }
      out.add(c.withRole(role));
    }
    return new Schema(out);
  }
}
