package org.anomalyworkbench.core.evaluation;

/**
 * Counts of flagged/unflagged rows against 0/1 labels at one threshold (flagged iff
 * {@code score >= threshold}; 1 = anomaly = positive). Ratios with a zero denominator are NaN.
 *
 * @param tp anomalies flagged
 * @param fp normal rows flagged
 * @param tn normal rows not flagged
 * @param fn anomalies not flagged
 */
public record ConfusionMatrix(int tp, int fp, int tn, int fn) {

  public ConfusionMatrix {
    if (tp < 0 || fp < 0 || tn < 0 || fn < 0) {
      throw new IllegalArgumentException("counts must be non-negative");
    }
  }

  /** Counts at {@code threshold}, in one pass. */
  public static ConfusionMatrix at(double[] scores, int[] labels, double threshold) {
    Ranking.checkLabels(scores, labels);
    int tp = 0;
    int fp = 0;
    int positives = 0;
    for (int i = 0; i < scores.length; i++) {
      boolean flagged = scores[i] >= threshold;
      positives += labels[i];
      if (flagged) {
        if (labels[i] == 1) {
          tp++;
        } else {
          fp++;
        }
      }
    }
    int negatives = scores.length - positives;
    return new ConfusionMatrix(tp, fp, negatives - fp, positives - tp);
  }

  /** Counts of given decisions (e.g. smoothed along time), in one pass. */
  public static ConfusionMatrix of(boolean[] flags, int[] labels) {
    if (flags.length != labels.length) {
      throw new IllegalArgumentException(flags.length + " flags but " + labels.length + " labels");
    }
    int tp = 0;
    int fp = 0;
    int positives = 0;
    for (int i = 0; i < flags.length; i++) {
      positives += labels[i];
      if (flags[i]) {
        if (labels[i] == 1) {
          tp++;
        } else {
          fp++;
        }
      }
    }
    return new ConfusionMatrix(tp, fp, flags.length - positives - fp, positives - tp);
  }

  public int flagged() {
    return tp + fp;
  }

  public int positives() {
    return tp + fn;
  }

  public int negatives() {
    return fp + tn;
  }

  public int total() {
    return tp + fp + tn + fn;
  }

  /** TP / flagged; NaN when nothing is flagged. */
  public double precision() {
    return ratio(tp, tp + fp);
  }

  /** TP / anomalies; NaN when there are no anomalies. */
  public double recall() {
    return ratio(tp, tp + fn);
  }

  /**
   * {@code 2 TP / (2 TP + FP + FN)}: 0 when anomalies exist but none is flagged; NaN with no
   * anomalies and no flags.
   */
  public double f1() {
    return ratio(2L * tp, 2L * tp + fp + fn);
  }

  /** FP / normal rows; NaN when there are no normal rows. */
  public double falsePositiveRate() {
    return ratio(fp, fp + tn);
  }

  /** (TP + TN) / rows; NaN when there are no rows. */
  public double accuracy() {
    return ratio(tp + tn, total());
  }

  private static double ratio(long a, long b) {
    return b == 0 ? Double.NaN : (double) a / b;
  }
}
