package org.anomalyworkbench.ui.results;

import java.util.Optional;
import org.anomalyworkbench.core.data.Dataset;
import org.anomalyworkbench.core.data.sample.TimeOrder;

/**
 * The time order of one result's rows, sorted once and shared: the results view model, the
 * series view and the evaluation each needed it, and sorting a 1M-point series three times
 * (twice on the FX thread) cost seconds. A broken time column fails the same way every time.
 */
public final class ResultTimeOrder {
  private final Dataset dataset;
  private Optional<TimeOrder> order;
  private RuntimeException failure;

  public ResultTimeOrder(Dataset dataset) {
    this.dataset = dataset;
  }

  /**
   * The rows in time order, or empty when no column has the Time role.
   *
   * @throws org.anomalyworkbench.core.data.DataImportException when a time is missing or not a time
   */
  public synchronized Optional<TimeOrder> get() {
    if (order == null && failure == null) {
      try {
        order = TimeOrder.of(dataset);
      } catch (RuntimeException e) {
        failure = e;
      }
    }
    if (failure != null) {
      throw failure;
    }
    return order;
  }
}
