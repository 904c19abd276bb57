package org.anomalyworkbench.core.detector.dl4j;

/**
 * Help texts of the training settings the network detectors share (epochs, batch size, learning
 * rate...), written once so that every form and {@code detectors --help} explains a setting in
 * the same words. Annotation values must be constants, hence strings here rather than shared
 * parameter records.
 */
public final class NetworkParamTexts {
  private NetworkParamTexts() {
  }

  /** "Learning rate". */
  public static final String LEARNING_RATE = "Adam step size; lower it if training reports a NaN loss.";

  /** "Batch size". */
  public static final String BATCH_SIZE = "Rows per gradient step.";

  /** "Epochs". */
  public static final String EPOCHS =
      "Maximum passes over the training rows. Small data sets train more epochs when Minimum steps asks "
      + "for it (the training log says so); set Minimum steps to 0 to keep this number.";

  /** "Minimum steps". */
  public static final String MIN_STEPS =
      "Raises Epochs on small data sets until at least this many batches were seen; the training log says "
      + "when it does (0 = exactly the given epochs).";

  /** "Max training rows". */
  public static final String MAX_TRAINING_ROWS = "Larger training sets are subsampled (seeded) to this many rows.";

  /** "L2". */
  public static final String L2 = "L2 weight penalty.";

  /** "Patience". */
  public static final String PATIENCE =
      "Epochs without improvement of the validation loss before stopping early (0 = off); only used when "
      + "validation rows are given.";

  /** "Activation". */
  public static final String ACTIVATION = "Activation of the hidden layers.";

  /** "Dropout". */
  public static final String DROPOUT = "Probability of dropping a hidden unit while training (0 = off).";

  /** "Input clip". */
  public static final String INPUT_CLIP =
      "Training inputs are clipped to +-this many standardized units; scores still use the unclipped row "
      + "(0 = off).";
}
