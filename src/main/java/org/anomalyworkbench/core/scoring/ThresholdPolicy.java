package org.anomalyworkbench.core.scoring;

import java.util.Arrays;

/**
 * How to choose the score threshold above which rows are flagged. Changing the policy never
 * retrains or rescores, it only re-resolves a number; a trained model keeps the number its
 * policy gave in training, and new data is judged against that number. The rule: a row is
 * flagged iff {@code score >= threshold}, so tied scores are flagged together.
 *
 * <p>Each kind has a text form for the command line and model files ({@link #toText()},
 * {@link #parse(String)}): {@code fixed:0.73}, {@code sd:3}, {@code contamination:0.05}
 * (or {@code contamination:5%}), {@code best-f1}, {@code normal-quantile:0.99}.
 */
public sealed interface ThresholdPolicy {

  /**
   * The threshold for this context.
   *
   * @throws IllegalStateException if the context lacks what this policy needs; the message
   *     says what is missing and what to do
   */
  double resolve(ThresholdContext ctx);

  /**
   * The threshold for this context with a note when it cannot do exactly what it says (tied
   * scores at the boundary); the same number as {@link #resolve}.
   *
   * @throws IllegalStateException as {@link #resolve}
   */
  default ThresholdChoice choose(ThresholdContext ctx) {
    return ThresholdChoice.exact(resolve(ctx));
  }

  /** One phrase for people, e.g. "mean + 3 sd of the training scores". */
  String describe();

  /** The text form that {@link #parse(String)} reads back to an equal policy. */
  String toText();

  /**
   * Reads a text form (case-insensitive, spaces ignored).
   *
   * @throws IllegalArgumentException naming the input and listing the accepted forms
   */
  static ThresholdPolicy parse(String text) {
    return ThresholdText.parse(text);
  }

  /** A threshold the user typed or dragged. */
  record Fixed(double value) implements ThresholdPolicy {
    public Fixed {
      if (!Double.isFinite(value)) {
        throw new IllegalArgumentException("A fixed threshold must be a finite number, not " + value + ".");
      }
    }

    @Override
    public double resolve(ThresholdContext ctx) {
      return value;
    }

    @Override
    public String describe() {
      return "fixed threshold " + ThresholdText.number(value);
    }

    @Override
    public String toText() {
      return "fixed:" + ThresholdText.number(value);
    }
  }

  /** Mean plus {@code k} (population) standard deviations of the training scores. */
  record MeanPlusKSd(double k) implements ThresholdPolicy {
    public MeanPlusKSd {
      if (!Double.isFinite(k)) {
        throw new IllegalArgumentException("k in mean + k·sd must be a finite number, not " + k + ".");
      }
    }

    @Override
    public double resolve(ThresholdContext ctx) {
      double[] s = ThresholdText.finite(ctx.trainingScores());
      if (s.length == 0) {
        throw new IllegalStateException("The threshold 'mean + " + ThresholdText.number(k)
            + " sd' needs the scores of the training rows, and there are none. Train the model again, or use "
            + "a fixed or contamination threshold.");
      }
      double mean = Arrays.stream(s).sum() / s.length;
      double ss = 0;
      for (double v : s) {
        ss += (v - mean) * (v - mean);
      }
      return mean + k * Math.sqrt(ss / s.length);
    }

    @Override
    public String describe() {
      return "mean + " + ThresholdText.number(k) + " sd of the training scores";
    }

    @Override
    public String toText() {
      return "sd:" + ThresholdText.number(k);
    }
  }

  /**
   * Flags the top {@code fraction} of the rows being judged: the threshold is the score of the
   * {@code round(fraction * n)}-th highest row. When that row is tied with others, the whole
   * tie block is flagged or left out, whichever count is nearer the target (see
   * {@link ContaminationSearch}), and {@link #choose} says so.
   */
  record Contamination(double fraction) implements ThresholdPolicy {
    public Contamination {
      if (!(fraction > 0 && fraction <= 1)) {
        throw new IllegalArgumentException("Contamination must be a fraction in (0, 1], e.g. 0.05 to flag 5% "
            + "of the rows, not " + fraction + ".");
      }
    }

    @Override
    public double resolve(ThresholdContext ctx) {
      return choose(ctx).value();
    }

    @Override
    public ThresholdChoice choose(ThresholdContext ctx) {
      if (ctx.scores() == null) {
        throw new IllegalStateException("The threshold 'top " + ThresholdText.percent(fraction)
            + "' needs the scores of the rows being judged; score the data first.");
      }
      return ContaminationSearch.choose(ctx.sortedScores(), fraction);
    }

    @Override
    public String describe() {
      return "top " + ThresholdText.percent(fraction) + " of the scored rows";
    }

    @Override
    public String toText() {
      return "contamination:" + ThresholdText.number(fraction);
    }
  }

  /**
   * The score threshold with the highest F1 against the labels of the rows being judged; among
   * equally good thresholds, the highest (fewest rows flagged). Flagging every row is chosen
   * only when nothing else exists (all scores equal).
   */
  record BestF1() implements ThresholdPolicy {
    @Override
    public double resolve(ThresholdContext ctx) {
      return choose(ctx).value();
    }

    @Override
    public ThresholdChoice choose(ThresholdContext ctx) {
      if (ctx.scores() == null || ctx.labels() == null) {
        throw new IllegalStateException("The threshold 'best F1' needs a label column (0 = normal, 1 = anomaly) "
            + "for the scored rows. Mark a label column, or choose another threshold.");
      }
      return BestF1Search.threshold(ctx.sortedScores(), ctx.labels());
    }

    @Override
    public String describe() {
      return "best F1 against the labels";
    }

    @Override
    public String toText() {
      return "best-f1";
    }
  }

  /**
   * {@code factor} times the {@code q}-quantile (linear interpolation) of the training scores,
   * e.g. the SKAB benchmark's rule, 1.5 x the 99% quantile of scores of rows known to be normal.
   */
  record TrainingQuantile(double q, double factor) implements ThresholdPolicy {
    public TrainingQuantile {
      if (!(q >= 0 && q <= 1)) {
        throw new IllegalArgumentException("The quantile must be in [0, 1], e.g. 0.99, not " + q + ".");
      }
      if (!(factor > 0) || !Double.isFinite(factor)) {
        throw new IllegalArgumentException("The factor must be a positive number, e.g. 1.5, not " + factor + ".");
      }
    }

    @Override
    public double resolve(ThresholdContext ctx) {
      double[] s = ThresholdText.finite(ctx.trainingScores());
      if (s.length == 0) {
        throw new IllegalStateException("The threshold '" + describe() + "' needs the scores of the training rows, "
            + "and there are none. Train the model again, or use a fixed or contamination threshold.");
      }
      return factor * new SortedScores(s).quantile(q);
    }

    @Override
    public String describe() {
      return (factor == 1 ? "" : ThresholdText.number(factor) + " x the ") + ThresholdText.number(q)
          + " quantile of the training scores";
    }

    @Override
    public String toText() {
      return "train-quantile:" + ThresholdText.number(q) + (factor == 1 ? "" : "x" + ThresholdText.number(factor));
    }
  }

  /**
   * The {@code q}-quantile (linear interpolation) of the scores of held-out rows believed
   * normal: about {@code 1 - q} of normal rows end up flagged.
   */
  record NormalQuantile(double q) implements ThresholdPolicy {
    public NormalQuantile {
      if (!(q >= 0 && q <= 1)) {
        throw new IllegalArgumentException("The quantile must be in [0, 1], e.g. 0.99, not " + q + ".");
      }
    }

    @Override
    public double resolve(ThresholdContext ctx) {
      double[] s = ThresholdText.finite(ctx.normalValidationScores());
      if (s.length == 0) {
        throw new IllegalStateException("The threshold '" + ThresholdText.number(q) + " quantile of normal "
            + "validation scores' needs validation rows believed normal, and there are none. Train with a "
            + "validation fraction above 0, or choose another threshold.");
      }
      return new SortedScores(s).quantile(q);
    }

    @Override
    public String describe() {
      return ThresholdText.number(q) + " quantile of the normal validation scores";
    }

    @Override
    public String toText() {
      return "normal-quantile:" + ThresholdText.number(q);
    }
  }
}
