package org.anomalyworkbench.ui.train;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.anomalyworkbench.core.training.TrainingProgress;

/**
 * The loss curves of one run in primitive arrays: every batch's loss and its exponential moving
 * average, and per-epoch training and validation losses placed at the iteration where the
 * epoch ended. Runs with several objectives (a GAN) also send named losses; each name gets its
 * own curve ({@link #namedSeries()}), raw and smoothed the same way. Appending is amortised
 * O(1); the chart reads the arrays directly.
 */
public final class LossHistory {
  /** Weight of the newest batch in the smoothed curve. */
  static final double SMOOTHING = 0.1;

  private double[] iteration = new double[256];
  private double[] batchLoss = new double[256];
  private double[] smoothed = new double[256];
  private int points;
  private double[] epochIteration = new double[16];
  private double[] epochTrain = new double[16];
  private double[] epochValidation = new double[16];
  private int epochs;
  private double ema = Double.NaN;
  private final List<Series> named = new ArrayList<>();

  /** The batches of one named loss, e.g. a GAN's "discriminator". */
  public static final class Series {
    private final String name;
    private final boolean auxiliary;
    private double[] iteration = new double[256];
    private double[] raw = new double[256];
    private double[] smoothed = new double[256];
    private int points;
    private double ema = Double.NaN;

    Series(String name, boolean auxiliary) {
      this.name = name;
      this.auxiliary = auxiliary;
    }

    void add(double it, double loss) {
      if (points == iteration.length) {
        iteration = Arrays.copyOf(iteration, points * 2);
        raw = Arrays.copyOf(raw, points * 2);
        smoothed = Arrays.copyOf(smoothed, points * 2);
      }
      ema = Double.isNaN(ema) ? loss : SMOOTHING * loss + (1 - SMOOTHING) * ema;
      iteration[points] = it;
      raw[points] = loss;
      smoothed[points] = ema;
      points++;
    }

    public String name() {
      return name;
    }

    /** True for a part of a main loss (drawn thinner). */
    public boolean auxiliary() {
      return auxiliary;
    }

    public int points() {
      return points;
    }

    public double iteration(int i) {
      return iteration[i];
    }

    public double raw(int i) {
      return raw[i];
    }

    public double smoothed(int i) {
      return smoothed[i];
    }
  }

  /** Adds one progress event; NaN and infinite losses are skipped (the run reports them). */
  public void add(TrainingProgress p) {
    if (!p.epochEnd()) {
      for (TrainingProgress.NamedLoss l : p.namedLosses()) {
        if (Double.isFinite(l.value())) {
          series(l.name(), l.auxiliary()).add(p.iteration(), l.value());
        }
      }
    }
    if (p.epochEnd()) {
      if (epochs == epochIteration.length) {
        epochIteration = Arrays.copyOf(epochIteration, epochs * 2);
        epochTrain = Arrays.copyOf(epochTrain, epochs * 2);
        epochValidation = Arrays.copyOf(epochValidation, epochs * 2);
      }
      epochIteration[epochs] = p.iteration();
      epochTrain[epochs] = Double.isFinite(p.trainLoss()) ? p.trainLoss() : Double.NaN;
      epochValidation[epochs] = p.hasValidationLoss() && Double.isFinite(p.validationLoss()) ? p.validationLoss() : Double.NaN;
      epochs++;
      return;
    }
    if (!Double.isFinite(p.trainLoss())) {
      return;
    }
    if (points == iteration.length) {
      iteration = Arrays.copyOf(iteration, points * 2);
      batchLoss = Arrays.copyOf(batchLoss, points * 2);
      smoothed = Arrays.copyOf(smoothed, points * 2);
    }
    ema = Double.isNaN(ema) ? p.trainLoss() : SMOOTHING * p.trainLoss() + (1 - SMOOTHING) * ema;
    iteration[points] = p.iteration();
    batchLoss[points] = p.trainLoss();
    smoothed[points] = ema;
    points++;
  }

  public void clear() {
    points = 0;
    epochs = 0;
    ema = Double.NaN;
    named.clear();
  }

  private Series series(String name, boolean auxiliary) {
    for (Series s : named) {
      if (s.name.equals(name)) {
        return s;
      }
    }
    Series s = new Series(name, auxiliary);
    named.add(s);
    return s;
  }

  /** The named loss curves in the order their names first arrived; empty for one-loss runs. */
  public List<Series> namedSeries() {
    return java.util.Collections.unmodifiableList(named);
  }

  /** Batch points recorded. */
  public int points() {
    return points;
  }

  /** Epoch ends recorded. */
  public int epochs() {
    return epochs;
  }

  public double iteration(int i) {
    return iteration[i];
  }

  public double batchLoss(int i) {
    return batchLoss[i];
  }

  public double smoothed(int i) {
    return smoothed[i];
  }

  public double epochIteration(int e) {
    return epochIteration[e];
  }

  public double epochTrain(int e) {
    return epochTrain[e];
  }

  /** NaN when the epoch had no validation loss. */
  public double epochValidation(int e) {
    return epochValidation[e];
  }

  public boolean hasValidation() {
    for (int e = 0; e < epochs; e++) {
      if (!Double.isNaN(epochValidation[e])) {
        return true;
      }
    }
    return false;
  }
}
