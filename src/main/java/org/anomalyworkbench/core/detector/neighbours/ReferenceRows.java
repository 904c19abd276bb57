package org.anomalyworkbench.core.detector.neighbours;

import java.io.IOException;
import java.util.List;
import org.anomalyworkbench.core.data.PreparedData;
import org.anomalyworkbench.core.detector.dl4j.TrainingRows;
import org.anomalyworkbench.core.detector.statistical.DataChecks;
import org.anomalyworkbench.core.archive.ModelArchive;

/**
 * What the distance-based detectors keep of their training rows: the rows (a seeded uniform
 * subsample when there are more than the limit) as a {@link NeighbourIndex}, and how they are
 * saved. Also spreads a distance-based score over the features: a feature's share is its part
 * of the squared distances to the row's neighbours.
 */
final class ReferenceRows {
  static final String POINTS = "reference.f32";
  static final String COUNTS = "reference-counts.f32";

  private ReferenceRows() {
  }

  /** The index of {@code data}'s rows, at most {@code max} of them (seeded subsample beyond). */
  static NeighbourIndex fit(PreparedData data, int max, long seed, String detectorName) {
    DataChecks.requireTrainable(data, 2, detectorName);
    PreparedData rows = TrainingRows.cap(data, max, seed);
    return NeighbourIndex.of(rows.values(), rows.columns());
  }

  static void save(NeighbourIndex index, ModelArchive.Writer out) throws IOException {
    out.putFloats(POINTS, index.points());
    float[] counts = new float[index.size()];
    for (int i = 0; i < counts.length; i++) {
      counts[i] = index.counts()[i];
    }
    out.putFloats(COUNTS, counts);
  }

  static NeighbourIndex load(ModelArchive.Reader in, int dims) throws IOException {
    float[] points = in.floats(POINTS);
    float[] counts = in.floats(COUNTS);
    if (dims < 1 || points.length == 0 || points.length != (long) counts.length * dims) {
      throw new IOException("The model's reference rows (" + points.length + " values, " + counts.length
          + " counts, " + dims + " features) do not fit together: the file is damaged; train again.");
    }
    int[] c = new int[counts.length];
    for (int i = 0; i < c.length; i++) {
      if (!(counts[i] >= 1) || counts[i] != Math.rint(counts[i])) {
        throw new IOException("The model's reference row counts are damaged; train again.");
      }
      c[i] = (int) counts[i];
    }
    return new NeighbourIndex(points, c, dims);
  }

  /**
   * Per row, {@code scores[r]} spread over the features by their share of the squared distances
   * to the row's neighbours (equal shares when the row coincides with them).
   */
  static float[] contributions(PreparedData data, NeighbourIndex index, Neighbours neighbours, int used,
      double[] scores) {
    int d = data.columns();
    float[] out = new float[data.rows() * d];
    float[] values = data.values();
    float[] points = index.points();
    double[] share = new double[d];
    for (int r = 0; r < data.rows(); r++) {
      java.util.Arrays.fill(share, 0);
      double total = 0;
      for (int i = 0; i < used; i++) {
        if (!Float.isFinite(neighbours.distance(r, i))) {
          continue;
        }
        int p = neighbours.index(r, i) * d;
        for (int j = 0; j < d; j++) {
          double e = values[r * d + j] - points[p + j];
          share[j] += e * e;
          total += e * e;
        }
      }
      for (int j = 0; j < d; j++) {
        out[r * d + j] = (float) (total > 0 ? scores[r] * share[j] / total : scores[r] / d);
      }
    }
    return out;
  }

  static void checkColumns(PreparedData data, int dims, List<String> names, String detector) {
    if (data.columns() != dims) {
      throw new IllegalArgumentException(detector + " was trained on " + dims + " prepared features, but the data has "
          + data.columns() + " (" + names + ").");
    }
  }
}
