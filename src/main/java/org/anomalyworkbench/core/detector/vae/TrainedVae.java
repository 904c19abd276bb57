package org.anomalyworkbench.core.detector.vae;

import java.io.IOException;
import org.anomalyworkbench.core.data.PreparedData;
import org.anomalyworkbench.core.detector.ScoreSemantics;
import org.anomalyworkbench.core.detector.Scores;
import org.anomalyworkbench.core.detector.TrainedDetector;
import org.anomalyworkbench.core.detector.dl4j.Nd4jMatrices;
import org.anomalyworkbench.core.detector.dl4j.NetworkBytes;
import org.anomalyworkbench.core.detector.dl4j.ParallelChunks;
import org.anomalyworkbench.core.archive.ModelArchive;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.ndarray.INDArray;

/** A fitted {@link VaeDetector}: scores rows by their negative reconstruction log-probability. */
final class TrainedVae implements TrainedDetector {
  static final String NETWORK = "network.zip";
  static final String META = "vae.json";

  /** What is saved next to the network. */
  record Meta(int inputs, double inputClip, int samples, long noiseSeed) {
  }

  private final MultiLayerNetwork net;
  private final Meta meta;
  private final VaeScorer scorer;

  TrainedVae(MultiLayerNetwork net, Meta meta) {
    this.net = net;
    this.meta = meta;
    this.scorer = new VaeScorer(net, meta.samples(), meta.noiseSeed());
  }

  private static final String SCORING_WORKSPACE = "awb-vae-scoring";

  @Override
  public String detectorId() {
    return VaeDetector.ID;
  }

  @Override
  public synchronized Scores score(PreparedData data) {
    Nd4jMatrices.checkColumns(data, meta.inputs(), "VAE");
    int d = meta.inputs();
    double[] values = new double[data.rows()];
    float[] contributions = new float[data.rows() * d];
    // The scorer only reads the network's parameters and its fixed noise, so threads share it.
    ParallelChunks.forEach(data.rows(), () -> (from, to) -> {
      // Each chunk makes ~100 temporary matrices (16 latent samples); the workspace is per thread.
      try (MemoryWorkspace ws = Nd4jMatrices.chunkWorkspace(SCORING_WORKSPACE)) {
        INDArray target = Nd4jMatrices.rows(data, from, to);
        INDArray input = clippedInput(data.values(), from, to, d, meta.inputClip());
        System.arraycopy(scorer.negativeLogLikelihood(input, target), 0, values, from, to - from);
        System.arraycopy(scorer.contributions(input, target), 0, contributions, from * d, (to - from) * d);
      }
    });
    return new Scores(values, contributions, data.featureNames());
  }

  /** Rows {@code from..to} as network input, clipped to +-clip when clip > 0. */
  static INDArray clippedInput(float[] values, int from, int to, int d, double clip) {
    return Nd4jMatrices.matrix(Nd4jMatrices.clippedRows(values, d, from, to, clip), 0, to - from, d);
  }


  @Override
  public ScoreSemantics semantics() {
    return new ScoreSemantics("negative reconstruction log-probability",
        "-log p(x | z) under the VAE's Gaussian decoder, averaged over " + meta.samples()
            + " latent samples from the encoder; rows the model finds improbable score high. Can be negative.",
        Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
  }

  @Override
  public void save(ModelArchive.Writer out) throws IOException {
    out.putJson(META, meta);
    out.putBytes(NETWORK, NetworkBytes.write(net));
  }

  static TrainedVae load(ModelArchive.Reader in) throws IOException {
    Meta meta = in.json(META, Meta.class);
    return new TrainedVae(NetworkBytes.read(in.bytes(NETWORK), NETWORK), meta);
  }
}
