package org.anomalyworkbench.core.detector.classifier;

import java.io.IOException;
import java.util.Set;
import org.anomalyworkbench.core.data.DataKind;
import org.anomalyworkbench.core.data.PreparedData;
import org.anomalyworkbench.core.detector.Detector;
import org.anomalyworkbench.core.detector.TrainedDetector;
import org.anomalyworkbench.core.detector.TrainingContext;
import org.anomalyworkbench.core.detector.dl4j.EpochTrainer;
import org.anomalyworkbench.core.detector.dl4j.MatrixIterator;
import org.anomalyworkbench.core.detector.dl4j.Nd4jMatrices;
import org.anomalyworkbench.core.detector.dl4j.TrainableNetwork;
import org.anomalyworkbench.core.detector.dl4j.TrainingRows;
import org.anomalyworkbench.core.archive.ModelArchive;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

/**
 * Supervised anomaly classifier: a multi-layer perceptron trained on the label column
 * (1 = anomaly) with a class-weighted cross-entropy, each class weighted n / (2 n_class) so the
 * rare anomalies count as much as the normal rows in total (the "balanced" weighting of King
 * &amp; Zeng, "Logistic Regression in Rare Events Data", 2001). Use it when past anomalies are
 * labelled and new ones are expected to resemble them; it cannot find kinds of anomaly it has
 * not seen. Score: predicted anomaly probability. Contributions: gradient x input saliency
 * |x_j * dp/dx_j| (see {@link TrainedClassifier}).
 */
public final class ClassifierDetector implements Detector<ClassifierConfig> {
  /** Persisted id: never rename. */
  public static final String ID = "classifier";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String displayName() {
    return "Supervised classifier (MLP)";
  }

  @Override
  public String description() {
    return "Learns from labelled examples (label 1 = anomaly) with a class-weighted neural network; finds "
        + "anomalies like those labelled, not new kinds. Score: predicted anomaly probability; contributions: "
        + "gradient x input saliency.";
  }

  @Override
  public Set<DataKind> accepts() {
    return Set.of(DataKind.TABULAR);
  }

  @Override
  public boolean requiresLabels() {
    return true;
  }

  @Override
  public ClassifierConfig defaultConfig() {
    return ClassifierConfig.defaults();
  }

  @Override
  public TrainedDetector train(PreparedData data, ClassifierConfig config, TrainingContext context) {
    int[] counts = classCounts(data, "training data");
    PreparedData rows = TrainingRows.cap(data, config.maxTrainingRows(), context.seed() + 2);
    counts = classCounts(rows, "training rows sampled down to maxTrainingRows=" + config.maxTrainingRows());
    int n = rows.rows();
    float[] weights = {(float) (n / (2.0 * counts[0])), (float) (n / (2.0 * counts[1]))};
    int d = rows.columns();
    MultiLayerNetwork net = ClassifierNetwork.build(d, config, weights, context.seed());
    MatrixIterator batches = new MatrixIterator(rows.values(), d, oneHot(rows.labels()), 2, config.batchSize(),
        context.seed() + 1, 0);
    EpochTrainer.Validation validation = null;
    if (context.hasValidation()) {
      PreparedData v = context.validation();
      Nd4jMatrices.checkColumns(v, d, "classifier");
      if (v.hasLabels()) {
        validation = new EpochTrainer.Validation(v.values(), d, oneHot(v.labels()), 2);
      } else {
        context.listener().onMessage("The validation rows have no labels: no validation loss and no early stopping.");
      }
    }
    EpochTrainer.train(TrainableNetwork.of(net), batches, validation,
        new EpochTrainer.Settings(config.epochs(), config.patience(),
            "lower the learning rate (now " + config.learningRate() + ")"),
        context);
    return new TrainedClassifier(net, new TrainedClassifier.Meta(d, weights[0], weights[1]));
  }

  /** Rows per class; throws a message the user can act on when labels are missing or one-sided. */
  static int[] classCounts(PreparedData data, String what) {
    if (!data.hasLabels()) {
      throw new IllegalArgumentException("The supervised classifier needs labels, but the " + what
          + " has no label column: mark a column as the label (1 = anomaly, 0 = normal), or pick an "
          + "unsupervised detector such as the autoencoder.");
    }
    int[] counts = new int[2];
    for (int label : data.labels()) {
      if (label != 0 && label != 1) {
        throw new IllegalArgumentException("The label column must hold 0 (normal) or 1 (anomaly), but the "
            + what + " has " + label + ".");
      }
      counts[label]++;
    }
    if (counts[0] == 0 || counts[1] == 0) {
      throw new IllegalArgumentException("The " + what + " has only " + (counts[1] == 0 ? "normal rows (label 0)"
          : "anomalies (label 1)") + ": the classifier needs examples of both classes. Label some "
          + (counts[1] == 0 ? "anomalies" : "normal rows") + ", or pick an unsupervised detector.");
    }
    return counts;
  }

  private static float[] oneHot(int[] labels) {
    float[] y = new float[labels.length * 2];
    for (int i = 0; i < labels.length; i++) {
      y[i * 2 + labels[i]] = 1f;
    }
    return y;
  }

  @Override
  public TrainedDetector load(ModelArchive.Reader in, ClassifierConfig config) throws IOException {
    return TrainedClassifier.load(in);
  }
}
