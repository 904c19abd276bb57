package org.anomalyworkbench.core.detector.classifier;

import java.io.IOException;
import org.anomalyworkbench.core.data.PreparedData;
import org.anomalyworkbench.core.detector.ScoreSemantics;
import org.anomalyworkbench.core.detector.Scores;
import org.anomalyworkbench.core.detector.TrainedDetector;
import org.anomalyworkbench.core.detector.dl4j.Nd4jMatrices;
import org.anomalyworkbench.core.detector.dl4j.NetworkBytes;
import org.anomalyworkbench.core.archive.ModelArchive;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** A fitted {@link ClassifierDetector}: scores rows by the predicted probability of being an anomaly. */
final class TrainedClassifier implements TrainedDetector {
  static final String NETWORK = "network.zip";
  static final String META = "classifier.json";

  /** What is saved next to the network. */
  record Meta(int inputs, float normalWeight, float anomalyWeight) {
  }

  private final MultiLayerNetwork net;
  private final MultiLayerNetwork explainer;
  private final Meta meta;

  TrainedClassifier(MultiLayerNetwork net, Meta meta) {
    this.net = net;
    this.explainer = ClassifierNetwork.withoutDropout(net);
    this.meta = meta;
  }

  @Override
  public String detectorId() {
    return ClassifierDetector.ID;
  }

  @Override
  public synchronized Scores score(PreparedData data) {
    Nd4jMatrices.checkColumns(data, meta.inputs(), "classifier");
    int d = meta.inputs();
    double[] values = new double[data.rows()];
    float[] contributions = new float[data.rows() * d];
    for (int from = 0; from < data.rows(); from += Nd4jMatrices.CHUNK_ROWS) {
      int to = Math.min(data.rows(), from + Nd4jMatrices.CHUNK_ROWS);
      INDArray x = Nd4jMatrices.rows(data, from, to);
      double[] p = Nd4jMatrices.toDoubles(net.output(x, false).getColumn(1));
      System.arraycopy(p, 0, values, from, p.length);
      float[] c = saliency(x, p);
      System.arraycopy(c, 0, contributions, from * d, c.length);
    }
    return new Scores(values, contributions, data.featureNames());
  }

  /**
   * Gradient x input saliency |x_j * dp/dx_j| of the anomaly probability p (Simonyan et al.
   * 2014; Shrikumar et al. 2016), with the prepared (standardized) row measured from the
   * all-zero row, i.e. the training mean. DL4J gives the input gradient of the loss
   * L = -w1 log p for the label "anomaly", so dp/dx = -(p / w1) dL/dx.
   */
  private float[] saliency(INDArray x, double[] p) {
    long n = x.size(0);
    INDArray anomalyLabels = Nd4j.zeros(x.dataType(), n, 2);
    anomalyLabels.getColumn(1).assign(1);
    INDArray dLossDx = explainer.calculateGradients(x, anomalyLabels, null, null).getSecond();
    float[] g = Nd4jMatrices.toFloats(dLossDx);
    float[] v = Nd4jMatrices.toFloats(x);
    int d = meta.inputs();
    float[] out = new float[g.length];
    for (int r = 0; r < n; r++) {
      double scale = p[r] / meta.anomalyWeight();
      for (int j = 0; j < d; j++) {
        int i = r * d + j;
        out[i] = (float) Math.abs(v[i] * g[i] * scale);
      }
    }
    return out;
  }

  @Override
  public ScoreSemantics semantics() {
    return new ScoreSemantics("anomaly probability",
        "Probability that the row belongs to the labelled anomaly class, as predicted by a classifier trained "
            + "on the labels (class-weighted, so it is not calibrated to the anomaly rate).", 0, 1);
  }

  @Override
  public void save(ModelArchive.Writer out) throws IOException {
    out.putJson(META, meta);
    out.putBytes(NETWORK, NetworkBytes.write(net));
  }

  static TrainedClassifier load(ModelArchive.Reader in) throws IOException {
    Meta meta = in.json(META, Meta.class);
    return new TrainedClassifier(NetworkBytes.read(in.bytes(NETWORK), NETWORK), meta);
  }
}
