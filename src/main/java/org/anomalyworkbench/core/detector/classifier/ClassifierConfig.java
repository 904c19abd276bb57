package org.anomalyworkbench.core.detector.classifier;

import java.util.List;
import org.anomalyworkbench.core.detector.ConfigBinder;
import org.anomalyworkbench.core.detector.DetectorConfig;
import org.anomalyworkbench.core.detector.Param;
import org.anomalyworkbench.core.detector.dl4j.HiddenActivation;
import org.anomalyworkbench.core.detector.dl4j.NetworkParamTexts;

/**
 * Settings of the supervised MLP classifier.
 *
 * @param hiddenLayers sizes of the hidden layers; empty = derived from the input width by
 *     {@link #layersFor(int)}
 * @param activation activation of the hidden layers (the output is a softmax over normal/anomaly)
 * @param epochs maximum passes over the training rows
 * @param batchSize rows per gradient step
 * @param learningRate Adam step size
 * @param dropout probability of dropping a hidden unit while training (0 = off)
 * @param l2 L2 weight penalty
 * @param patience epochs without improvement of the validation loss before stopping early (0 = off;
 *     only used when validation rows are given)
 * @param maxTrainingRows larger training sets are subsampled (seeded, uniform) to this many rows
 */
public record ClassifierConfig(
    @Param(label = "Hidden layers", description = "Hidden layer sizes, e.g. 32,16. Empty: derived from the "
        + "number of features.", min = 1, max = 4096)
    List<Integer> hiddenLayers,
    @Param(label = "Activation", description = NetworkParamTexts.ACTIVATION)
    HiddenActivation activation,
    @Param(label = "Epochs", description = "Maximum passes over the training rows.", min = 1, max = 10_000)
    int epochs,
    @Param(label = "Batch size", description = NetworkParamTexts.BATCH_SIZE, min = 1, max = 65_536)
    int batchSize,
    @Param(label = "Learning rate", description = NetworkParamTexts.LEARNING_RATE,
        min = 1e-7, max = 10)
    double learningRate,
    @Param(label = "Dropout", description = NetworkParamTexts.DROPOUT,
        min = 0, max = 0.9)
    double dropout,
    @Param(label = "L2", description = NetworkParamTexts.L2, min = 0, max = 1)
    double l2,
    @Param(label = "Patience", description = "Epochs without improvement of the validation loss before stopping "
        + "early (0 = off); only used when labelled validation rows are given.",
        min = 0, max = 10_000)
    int patience,
    @Param(label = "Max training rows", description = NetworkParamTexts.MAX_TRAINING_ROWS,
        min = 16, max = 100_000_000)
    int maxTrainingRows) implements DetectorConfig {

  public ClassifierConfig {
    hiddenLayers = hiddenLayers == null ? null : List.copyOf(hiddenLayers);
    // Bounds live in the @Param declarations above; one check keeps form, CLI and code in step.
    ConfigBinder.requireDeclaredBounds(ClassifierConfig.class, hiddenLayers, activation, epochs, batchSize, learningRate, dropout, l2, patience, maxTrainingRows);
  }


  /** The defaults: a small two-layer MLP, Adam 1e-3, mild dropout and L2. */
  public static ClassifierConfig defaults() {
    return new ClassifierConfig(List.of(), HiddenActivation.RELU, 50, 128, 1e-3, 0.1, 1e-4, 10, 200_000);
  }

  /** Hidden sizes used for {@code inputs} features. */
  public List<Integer> hiddenFor(int inputs) {
    return hiddenLayers.isEmpty() ? layersFor(inputs) : hiddenLayers;
  }

  /** Default hidden layers: twice the input width, then the input width, each between 8 and 128 units. */
  public static List<Integer> layersFor(int inputs) {
    int first = Math.max(8, Math.min(128, 2 * inputs));
    int second = Math.max(8, Math.min(128, inputs));
    return List.of(first, second);
  }
}
