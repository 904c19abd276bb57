package org.anomalyworkbench.core.detector.vae;

import java.util.SplittableRandom;
import org.anomalyworkbench.core.detector.dl4j.Nd4jMatrices;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.layers.variational.ReconstructionDistribution;
import org.deeplearning4j.nn.conf.layers.variational.VariationalAutoencoder;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.params.VariationalAutoencoderParamInitializer;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Inference-mode forward passes of a trained DL4J VAE layer, done here rather than with the
 * layer's {@code reconstructionLogProbability} because that method (M2.1) runs the encoder in
 * training mode and draws its noise from ND4J's global random generator, so a row's score would
 * depend on what was scored before it and on its position in the chunk. Here the latent noise
 * is a fixed matrix of {@code samples x latent} standard normals drawn from a saved seed and
 * shared by all rows: every row gets the same Monte-Carlo estimate whenever and however it is
 * scored.
 *
 * <p>Threads may share one: it only reads the layer's parameters and the noise matrix, and its
 * temporaries live in per-thread workspaces.
 */
final class VaeScorer {
  private static final String SAMPLE_WORKSPACE = "awb-vae-sample";

  private final Layer layer;
  private final IActivation activation;
  private final IActivation pzxActivation;
  private final ReconstructionDistribution distribution;
  private final int encoderLayers;
  private final int decoderLayers;
  private final INDArray noise;

  VaeScorer(MultiLayerNetwork net, int samples, long noiseSeed) {
    this.layer = net.getLayer(0);
    VariationalAutoencoder conf = (VariationalAutoencoder) layer.conf().getLayer();
    this.activation = conf.getActivationFn();
    this.pzxActivation = conf.getPzxActivationFn();
    this.distribution = conf.getOutputDistribution();
    this.encoderLayers = conf.getEncoderLayerSizes().length;
    this.decoderLayers = conf.getDecoderLayerSizes().length;
    int latent = (int) conf.getNOut();
    float[] e = new float[samples * latent];
    SplittableRandom rnd = new SplittableRandom(noiseSeed);
    for (int i = 0; i < e.length; i++) {
      double u = 1 - rnd.nextDouble();
      e[i] = (float) (Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rnd.nextDouble()));
    }
    this.noise = Nd4j.create(e, new long[] {samples, latent}, DataType.FLOAT);
  }

  int samples() {
    return (int) noise.size(0);
  }

  /** Mean and log-variance of q(z|x). */
  private INDArray[] encode(INDArray x) {
    INDArray h = x;
    for (int i = 0; i < encoderLayers; i++) {
      h = dense(h, "e" + i);
      activation.getActivation(h, false);
    }
    INDArray mean = pzxActivation.getActivation(
        h.mmul(param(VariationalAutoencoderParamInitializer.PZX_MEAN_W))
            .addiRowVector(param(VariationalAutoencoderParamInitializer.PZX_MEAN_B)), false);
    INDArray logVar = pzxActivation.getActivation(
        h.mmul(param(VariationalAutoencoderParamInitializer.PZX_LOGSTD2_W))
            .addiRowVector(param(VariationalAutoencoderParamInitializer.PZX_LOGSTD2_B)), false);
    return new INDArray[] {mean, logVar};
  }

  /** The reconstruction distribution's pre-activation parameters for latent values {@code z}. */
  private INDArray decode(INDArray z) {
    INDArray h = z;
    for (int i = 0; i < decoderLayers; i++) {
      h = dense(h, "d" + i);
      activation.getActivation(h, false);
    }
    return h.mmul(param(VariationalAutoencoderParamInitializer.PXZ_W))
        .addiRowVector(param(VariationalAutoencoderParamInitializer.PXZ_B));
  }

  private INDArray dense(INDArray in, String prefix) {
    return in.mmul(param(prefix + VariationalAutoencoderParamInitializer.WEIGHT_KEY_SUFFIX))
        .addiRowVector(param(prefix + VariationalAutoencoderParamInitializer.BIAS_KEY_SUFFIX));
  }

  private INDArray param(String key) {
    return layer.getParam(key);
  }

  /**
   * Per row, the negative reconstruction log-probability -log p(target | z) averaged over the
   * fixed latent samples z = mean + sigma * noise (An &amp; Cho 2015, with log-probabilities
   * averaged as DL4J does).
   *
   * @param input network input (possibly clipped), at most a chunk of rows
   * @param target the rows whose likelihood is computed
   */
  double[] negativeLogLikelihood(INDArray input, INDArray target) {
    return toRows(sampledNll(input, target, encode(input)));
  }

  private INDArray sampledNll(INDArray input, INDArray target, INDArray[] q) {
    INDArray sigma = Transforms.exp(q[1].mul(0.5), false);
    INDArray sum = sampleNll(target, q[0], sigma, 0);
    for (int s = 1; s < noise.size(0); s++) {
      // One sample's temporaries (latent values, decoder layers) are dropped before the next:
      // kept for all 16 samples they made the chunk's workspace ~16x larger.
      try (MemoryWorkspace ws = Nd4jMatrices.chunkWorkspace(SAMPLE_WORKSPACE)) {
        sum.addi(sampleNll(target, q[0], sigma, s));
      }
    }
    return sum.divi(noise.size(0));
  }

  /** -log p(target | z) per row for latent sample {@code s}: z = mean + sigma * noise_s. */
  private INDArray sampleNll(INDArray target, INDArray mean, INDArray sigma, int s) {
    INDArray z = sigma.mulRowVector(noise.getRow(s)).addi(mean);
    return distribution.exampleNegLogProbability(target, decode(z));
  }

  /** Mean over rows of the negative evidence lower bound: sampled reconstruction NLL + KL(q(z|x) || N(0, I)). */
  double negativeElbo(INDArray input, INDArray target) {
    INDArray[] q = encode(input);
    INDArray nll = sampledNll(input, target, q);
    // KL = -1/2 * sum(1 + logVar - mean^2 - exp(logVar)) per row
    INDArray kl = Transforms.exp(q[1], true).addi(q[0].mul(q[0])).subi(q[1]).subi(1).sum(1).muli(0.5);
    return nll.reshape(-1).addi(kl.reshape(-1)).meanNumber().doubleValue();
  }

  /**
   * Per-feature contributions: for the reconstruction decoded from the latent mean, each
   * feature's (x - mu)^2 / (2 sigma^2), the data-dependent part of its Gaussian negative
   * log-likelihood, so features the model expected to be precise weigh more. Row-major.
   */
  float[] contributions(INDArray input, INDArray target) {
    INDArray params = decode(encode(input)[0]);
    int d = (int) target.size(1);
    INDArray out = params.dup();
    // The reconstruction distribution's activation turns pre-outputs into (mean, log variance).
    ((org.deeplearning4j.nn.conf.layers.variational.GaussianReconstructionDistribution) distribution)
        .getActivationFn().getActivation(out, false);
    INDArray mean = out.get(NDArrayIndex.all(), NDArrayIndex.interval(0, d));
    INDArray variance = Transforms.exp(out.get(NDArrayIndex.all(), NDArrayIndex.interval(d, 2 * d)), true);
    INDArray diff = target.sub(mean);
    return Nd4jMatrices.toFloats(diff.muli(diff).divi(variance.muli(2)));
  }

  private static double[] toRows(INDArray column) {
    return Nd4jMatrices.toDoubles(column.reshape(-1));
  }
}
