package org.anomalyworkbench.core.detector.dl4j;

/**
 * Decides when to stop on a monitored loss: stop once the loss has not improved on the best
 * seen by more than a small relative margin for {@code patience} epochs in a row. Patience 0
 * disables stopping. Pure logic, no DL4J, so it is unit-testable on hand-made loss sequences.
 */
public final class EarlyStopping {
  /** Relative improvement that counts as progress (0.1%), so noise does not reset patience. */
  public static final double MIN_RELATIVE_IMPROVEMENT = 1e-3;

  private final int patience;
  private double best = Double.POSITIVE_INFINITY;
  private int bestEpoch;
  private int sinceBest;

  public EarlyStopping(int patience) {
    if (patience < 0) {
      throw new IllegalArgumentException("patience must be >= 0");
    }
    this.patience = patience;
  }

  /**
   * Records an epoch's monitored loss.
   *
   * @return true when this epoch is the best so far (the caller keeps its parameters)
   */
  public boolean record(int epoch, double loss) {
    boolean improved = Double.isFinite(loss)
        && (best == Double.POSITIVE_INFINITY || loss < best - Math.abs(best) * MIN_RELATIVE_IMPROVEMENT);
    if (improved) {
      best = loss;
      bestEpoch = epoch;
      sinceBest = 0;
    } else {
      sinceBest++;
    }
    return improved;
  }

  /** True when training should stop now. */
  public boolean shouldStop() {
    return patience > 0 && sinceBest >= patience;
  }

  public double best() { return best; }

  /** The epoch (1-based) with the best loss, 0 before any. */
  public int bestEpoch() { return bestEpoch; }
}
