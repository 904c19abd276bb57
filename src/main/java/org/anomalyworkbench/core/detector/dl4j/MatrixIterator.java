package org.anomalyworkbench.core.detector.dl4j;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.dataset.api.DataSetPreProcessor;
import org.nd4j.linalg.dataset.api.iterator.DataSetIterator;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Mini-batches over an in-memory row-major float matrix, reshuffled at every {@link #reset()}
 * from a seed and the epoch number, so the same seed gives the same batches on every run.
 * Targets are either the features themselves (autoencoders) or a separate matrix (e.g.
 * one-hot labels). Optional Gaussian input noise (denoising autoencoder) is drawn from the
 * same seeded stream and applied to the features only, never to the targets.
 */
public final class MatrixIterator implements DataSetIterator {
  private static final long serialVersionUID = 1L;

  private final float[] x;
  private final int columns;
  private final float[] y;
  private final int targetColumns;
  private final int rows;
  private final int batch;
  private final long seed;
  private final float noiseStd;
  private final int[] order;
  private transient SplittableRandom noise;
  private int cursor;
  private int epoch;
  private long rowsServed;

  /**
   * @param x row-major features, not copied
   * @param columns feature columns
   * @param y row-major targets, or {@code null} to use the (clean) features as targets
   * @param targetColumns target columns (ignored when {@code y} is null)
   * @param batch rows per batch
   * @param seed shuffle and noise seed
   * @param noiseStd standard deviation of Gaussian noise added to features, 0 for none
   */
  public MatrixIterator(float[] x, int columns, float[] y, int targetColumns, int batch, long seed, double noiseStd) {
    if (columns <= 0 || x.length % columns != 0) {
      throw new IllegalArgumentException("x length " + x.length + " is not a multiple of " + columns);
    }
    this.x = x;
    this.columns = columns;
    this.rows = x.length / columns;
    this.y = y;
    this.targetColumns = y == null ? columns : targetColumns;
    if (y != null && y.length != (long) rows * targetColumns) {
      throw new IllegalArgumentException("y length " + y.length + " != rows " + rows + " x " + targetColumns);
    }
    if (batch <= 0) {
      throw new IllegalArgumentException("batch must be positive");
    }
    this.batch = batch;
    this.seed = seed;
    this.noiseStd = (float) noiseStd;
    this.order = new int[rows];
    for (int i = 0; i < rows; i++) {
      order[i] = i;
    }
    shuffle();
  }

  /** An autoencoder iterator: targets are the clean features. */
  public static MatrixIterator autoencoder(float[] x, int columns, int batch, long seed, double noiseStd) {
    return new MatrixIterator(x, columns, null, 0, batch, seed, noiseStd);
  }

  public int rows() { return rows; }

  /** Batches in one epoch. */
  public int batchesPerEpoch() { return (rows + batch - 1) / batch; }

  /** Rows handed out since construction, over all epochs (for throughput). */
  public long rowsServed() { return rowsServed; }

  /** Rows handed out in the current epoch. */
  public int rowsThisEpoch() { return cursor; }

  /**
   * True when batches are the features themselves, unchanged, as targets (an autoencoder
   * without input noise): then a trainer may gather rows itself with {@link #epochOrder()}
   * and {@link #skip(int)} instead of asking for {@link DataSet}s.
   */
  public boolean servesPlainRows() {
    return y == null && noiseStd == 0;
  }

  /** The training matrix, row-major, as given (not a copy; do not modify). */
  public float[] features() { return x; }

  /**
   * This epoch's row order (not a copy; do not modify): the batch {@link #next()} would serve
   * holds rows {@code epochOrder()[rowsThisEpoch() ...]}.
   */
  public int[] epochOrder() { return order; }

  /**
   * Advances past the next batch without building it, as {@link #next()} would, and returns its
   * row count: for trainers that gather the rows of {@link #epochOrder()} themselves.
   */
  public int skip() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    int n = Math.min(batch, rows - cursor);
    cursor += n;
    rowsServed += n;
    return n;
  }

  private void shuffle() {
    // A fresh stream per epoch: batches depend only on (seed, epoch), not on how far a
    // cancelled or early-stopped earlier epoch got.
    SplittableRandom rnd = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + epoch);
    for (int i = rows - 1; i > 0; i--) {
      int j = rnd.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    noise = rnd.split();
    cursor = 0;
  }

  @Override
  public boolean hasNext() {
    return cursor < rows;
  }

  @Override
  public DataSet next() {
    return next(batch);
  }

  @Override
  public DataSet next(int num) {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    int n = Math.min(num, rows - cursor);
    float[] f = new float[n * columns];
    float[] t = new float[n * targetColumns];
    for (int i = 0; i < n; i++) {
      int r = order[cursor + i];
      System.arraycopy(x, r * columns, f, i * columns, columns);
      if (y != null) {
        System.arraycopy(y, r * targetColumns, t, i * targetColumns, targetColumns);
      }
    }
    if (y == null) {
      System.arraycopy(f, 0, t, 0, f.length);
    }
    if (noiseStd > 0) {
      for (int i = 0; i < f.length; i++) {
        f[i] += (float) (noiseStd * gaussian(noise));
      }
    }
    cursor += n;
    rowsServed += n;
    return new DataSet(Nd4j.create(f, new long[] {n, columns}, DataType.FLOAT),
        Nd4j.create(t, new long[] {n, targetColumns}, DataType.FLOAT));
  }

  private static double gaussian(SplittableRandom rnd) {
    double u = 1 - rnd.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rnd.nextDouble());
  }

  @Override
  public int inputColumns() { return columns; }

  @Override
  public int totalOutcomes() { return targetColumns; }

  @Override
  public boolean resetSupported() { return true; }

  @Override
  public boolean asyncSupported() {
    // DL4J would otherwise wrap us in a prefetch thread, which breaks seeded noise order and
    // cancellation latency, and gains nothing for in-memory data.
    return false;
  }

  @Override
  public void reset() {
    epoch++;
    shuffle();
  }

  @Override
  public int batch() { return batch; }

  @Override
  public void setPreProcessor(DataSetPreProcessor preProcessor) {
    throw new UnsupportedOperationException("preprocessing happens before training, in the pipeline");
  }

  @Override
  public DataSetPreProcessor getPreProcessor() { return null; }

  @Override
  public List<String> getLabels() { return null; }
}
