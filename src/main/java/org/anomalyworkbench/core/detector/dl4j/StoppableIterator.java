package org.anomalyworkbench.core.detector.dl4j;

import java.util.List;
import java.util.function.BooleanSupplier;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.dataset.api.DataSetPreProcessor;
import org.nd4j.linalg.dataset.api.iterator.DataSetIterator;

/**
 * Wraps an iterator so that {@link #hasNext()} turns false as soon as {@code stop} says so.
 * DL4J's {@code fit} ignores {@link Thread#interrupt()}, but it asks {@code hasNext()} before
 * every batch, so this is how a cancel (or a NaN loss) ends a fit within one batch. The caller
 * checks why it stopped after {@code fit} returns.
 */
public final class StoppableIterator implements DataSetIterator {
  private static final long serialVersionUID = 1L;

  private final DataSetIterator delegate;
  private final transient BooleanSupplier stop;

  public StoppableIterator(DataSetIterator delegate, BooleanSupplier stop) {
    this.delegate = delegate;
    this.stop = stop;
  }

  @Override
  public boolean hasNext() {
    return !stop.getAsBoolean() && delegate.hasNext();
  }

  @Override
  public DataSet next() { return delegate.next(); }

  @Override
  public DataSet next(int num) { return delegate.next(num); }

  @Override
  public int inputColumns() { return delegate.inputColumns(); }

  @Override
  public int totalOutcomes() { return delegate.totalOutcomes(); }

  @Override
  public boolean resetSupported() { return delegate.resetSupported(); }

  @Override
  public boolean asyncSupported() { return false; }

  @Override
  public void reset() { delegate.reset(); }

  @Override
  public int batch() { return delegate.batch(); }

  @Override
  public void setPreProcessor(DataSetPreProcessor preProcessor) { delegate.setPreProcessor(preProcessor); }

  @Override
  public DataSetPreProcessor getPreProcessor() { return delegate.getPreProcessor(); }

  @Override
  public List<String> getLabels() { return delegate.getLabels(); }
}
