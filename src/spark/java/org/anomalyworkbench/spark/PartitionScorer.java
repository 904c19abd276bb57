package org.anomalyworkbench.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import org.anomalyworkbench.core.compute.NativeEnvironment;
import org.anomalyworkbench.core.detector.Scores;
import org.anomalyworkbench.core.model.ModelScorer;
import org.anomalyworkbench.core.model.ModelStore;
import org.anomalyworkbench.core.model.ScoredData;
import org.anomalyworkbench.core.model.TrainedModel;
import org.anomalyworkbench.core.report.FlaggedRecordsWriter;
import org.anomalyworkbench.core.training.CancellationToken;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.LongAccumulator;

/**
 * Scores one Spark partition with the desktop's scorer: rebuilds the model once from the
 * broadcast model file, then feeds {@link ModelScorer} chunks of {@link ModelScorer#CHUNK_ROWS}
 * rows (the desktop's chunk) or, for a model of a series, one whole series at a time (the
 * partition's rows arrive grouped by series key), and emits each input row with {@code score},
 * {@code flagged} and {@code top_features}. Rows are pulled lazily, so a partition needs one chunk
 * (or one series) in memory, not the whole partition.
 */
final class PartitionScorer implements MapPartitionsFunction<Row, Row> {
  private static final long serialVersionUID = 1L;

  private final Broadcast<byte[]> modelFile;
  private final StructType input;
  private final double threshold;
  private final int topFeatures;
  private final boolean series;
  private final int[] keyPositions;
  private final LongAccumulator scoredRows;
  private final LongAccumulator flaggedRows;

  /**
   * @param threshold the number a row's score is compared with (resolved on the driver)
   * @param keyPositions for a series: where the series-key columns are in {@code input}
   */
  PartitionScorer(Broadcast<byte[]> modelFile, StructType input, double threshold, int topFeatures, boolean series,
      int[] keyPositions, LongAccumulator scoredRows, LongAccumulator flaggedRows) {
    this.modelFile = modelFile;
    this.input = input;
    this.threshold = threshold;
    this.topFeatures = topFeatures;
    this.series = series;
    this.keyPositions = keyPositions.clone();
    this.scoredRows = scoredRows;
    this.flaggedRows = flaggedRows;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> rows) {
    if (!rows.hasNext()) {
      return rows;
    }
    // OMP threads busy-waiting cost DL4J ~80x on small machines; must precede ND4J's first use.
    NativeEnvironment.prepare();
    TrainedModel model = rebuild(modelFile.value());
    RowsToDataset converter = new RowsToDataset(model.schema(), input, series);
    return new ScoredRows(rows, model, converter);
  }

  /** The model from the bytes of its file (ModelStore reads files, so through a temporary one). */
  static TrainedModel rebuild(byte[] file) {
    try {
      Path tmp = Files.createTempFile("awb-model-", ModelStore.EXTENSION);
      try {
        Files.write(tmp, file);
        return ModelStore.load(tmp);
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the model to a temporary file on this executor", e);
    }
  }

  /** The partition's rows, scored a chunk (or a series) at a time as they are asked for. */
  private final class ScoredRows implements Iterator<Row> {
    private final Iterator<Row> source;
    private final TrainedModel model;
    private final RowsToDataset converter;
    private Row pending;
    private List<Row> chunk = List.of();
    private Scores scores;
    private boolean[] flags;
    private int next;
    private int chunks;

    ScoredRows(Iterator<Row> source, TrainedModel model, RowsToDataset converter) {
      this.source = source;
      this.model = model;
      this.converter = converter;
    }

    @Override
    public boolean hasNext() {
      if (next < chunk.size()) {
        return true;
      }
      if (pending == null && !source.hasNext()) {
        return false;
      }
      scoreNextChunk();
      return next < chunk.size();
    }

    @Override
    public Row next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      Row in = chunk.get(next);
      Object[] out = new Object[in.length() + 3];
      for (int i = 0; i < in.length(); i++) {
        out[i] = in.get(i);
      }
      out[in.length()] = scores.value(next);
      out[in.length() + 1] = flags[next];
      out[in.length() + 2] = FlaggedRecordsWriter.topFeatures(scores, next, topFeatures);
      next++;
      return RowFactory.create(out);
    }

    private void scoreNextChunk() {
      List<Row> rows = new ArrayList<>();
      if (pending != null) {
        rows.add(pending);
        pending = null;
      }
      while (source.hasNext() && (series || rows.size() < ModelScorer.CHUNK_ROWS)) {
        Row r = source.next();
        if (series && !rows.isEmpty() && !sameSeries(rows.get(0), r)) {
          pending = r; // the first row of the next series
          break;
        }
        rows.add(r);
      }
      chunks++;
      ScoredData scored = ModelScorer.score(model, converter.convert(rows, "chunk " + chunks),
          CancellationToken.none());
      chunk = rows;
      scores = scored.scores();
      flags = scored.flags(model.decisionRule(threshold));
      next = 0;
      scoredRows.add(rows.size());
      long flagged = 0;
      for (boolean f : flags) {
        flagged += f ? 1 : 0;
      }
      flaggedRows.add(flagged);
    }

    private boolean sameSeries(Row a, Row b) {
      for (int k : keyPositions) {
        if (!Objects.equals(a.get(k), b.get(k))) {
          return false;
        }
      }
      return true;
    }
  }
}
