package org.anomalyworkbench.core.detector.dl4j;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.FeedForwardLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.activations.impl.ActivationIdentity;
import org.nd4j.linalg.api.blas.params.MMulTranspose;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.reduce.Mmul;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The inference pass of a plain stack of dense layers (an autoencoder's), computed into arrays
 * allocated once per chunk size and reused for every chunk, with the same ND4J operations as
 * DL4J's {@code output(x, false)}: per layer {@code x W + b}, then the activation.
 *
 * <p>Why: scoring a million rows through {@code MultiLayerNetwork.output} spent a sixth of its
 * native time copying each layer's product into a fresh array ({@code mmuli} then
 * {@code assign}) and much of its Java time in per-call layer and workspace bookkeeping.
 *
 * <p>Not thread-safe: each scoring thread makes its own (they share the network's parameters,
 * which are only read).
 */
public final class DenseForward {
  private final int layerCount;
  private final INDArray[] weights;
  private final INDArray[] biases;
  private final IActivation[] activation;
  private final Map<Integer, Buffers> buffersByRows = new HashMap<>();

  private DenseForward(MultiLayerNetwork net) {
    layerCount = net.getnLayers();
    weights = new INDArray[layerCount];
    biases = new INDArray[layerCount];
    activation = new IActivation[layerCount];
    for (int l = 0; l < layerCount; l++) {
      weights[l] = net.getLayer(l).getParam("W");
      biases[l] = net.getLayer(l).getParam("b");
      activation[l] = ((FeedForwardLayer) net.getLayerWiseConfigurations().getConf(l).getLayer()).getActivationFn();
    }
  }

  /**
   * A forward pass for {@code net}, or empty when it is not a float32 stack of dense layers
   * (with biases, no layer norm, no input preprocessors) ending in an output layer with a bias.
   */
  public static Optional<DenseForward> of(MultiLayerNetwork net) {
    if (net.params() == null || net.params().dataType() != DataType.FLOAT || net.getnLayers() < 1) {
      return Optional.empty();
    }
    var preprocessors = net.getLayerWiseConfigurations().getInputPreProcessors();
    if (preprocessors != null && !preprocessors.isEmpty()) {
      return Optional.empty();
    }
    for (int l = 0; l < net.getnLayers(); l++) {
      var layer = net.getLayerWiseConfigurations().getConf(l).getLayer();
      boolean last = l == net.getnLayers() - 1;
      boolean plain = last
          ? layer.getClass() == OutputLayer.class && ((OutputLayer) layer).hasBias()
          : layer.getClass() == DenseLayer.class && ((DenseLayer) layer).hasBias() && !((DenseLayer) layer).hasLayerNorm();
      if (!plain) {
        return Optional.empty();
      }
    }
    return Optional.of(new DenseForward(net));
  }

  /**
   * The network's output for {@code rows} rows of {@code values} from {@code offset} (row-major,
   * as many columns as the first layer has inputs), as a row-major float array.
   */
  public float[] output(float[] values, int offset, int rows) {
    return activations(values, offset, rows, layerCount);
  }

  /**
   * As {@link #output}, but only the first {@code layers} layers applied: the activations of
   * layer {@code layers - 1} (e.g. an autoencoder's bottleneck), as a row-major float array.
   */
  public float[] activations(float[] values, int offset, int rows, int layers) {
    if (layers < 1 || layers > layerCount) {
      throw new IllegalArgumentException("layers must be 1.." + layerCount + ", was " + layers);
    }
    Buffers b = buffersByRows.computeIfAbsent(rows, Buffers::new);
    Nd4jMatrices.fill(b.input, values, offset);
    INDArray in = b.input;
    for (int l = 0; l < layers; l++) {
      Nd4j.exec(new Mmul(in, weights[l], b.out[l], MMulTranspose.allFalse()));
      b.out[l].addiRowVector(biases[l]);
      if (!(activation[l] instanceof ActivationIdentity)) {
        activation[l].getActivation(b.out[l], false);
      }
      in = b.out[l];
    }
    return Nd4jMatrices.toFloats(in);
  }

  /** Input and per-layer output arrays for one chunk size. */
  private final class Buffers {
    final INDArray input;
    final INDArray[] out = new INDArray[layerCount];

    Buffers(int rows) {
      // Outside any workspace the caller has open: these outlive it.
      try (var outside = Nd4j.getWorkspaceManager().scopeOutOfWorkspaces()) {
        input = Nd4j.create(DataType.FLOAT, rows, weights[0].size(0));
        for (int l = 0; l < layerCount; l++) {
          out[l] = Nd4j.create(DataType.FLOAT, rows, weights[l].size(1));
        }
      }
    }
  }
}
