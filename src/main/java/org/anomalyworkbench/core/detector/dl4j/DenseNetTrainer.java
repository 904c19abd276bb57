package org.anomalyworkbench.core.detector.dl4j;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.GradientNormalization;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.dropout.Dropout;
import org.deeplearning4j.nn.conf.dropout.IDropout;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.optimize.api.TrainingListener;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.activations.impl.ActivationIdentity;
import org.nd4j.linalg.activations.impl.ActivationReLU;
import org.nd4j.linalg.api.blas.params.MMulTranspose;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.reduce.Mmul;
import org.nd4j.linalg.api.ops.impl.scalar.Step;
import org.nd4j.linalg.api.ops.impl.transforms.pairwise.arithmetic.MulOp;
import org.nd4j.linalg.api.ops.random.impl.DropOutInverted;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.dataset.api.iterator.DataSetIterator;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.learning.GradientUpdater;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.learning.regularization.Regularization;
import org.nd4j.linalg.lossfunctions.impl.LossMSE;

/**
 * Trains a plain stack of DL4J dense layers with an MSE/identity output (our autoencoders)
 * with the same mathematics as {@code MultiLayerNetwork.fit}, but on arrays allocated once per
 * batch size instead of per batch.
 *
 * <p>Why: on the small networks analysts train here, DL4J's fit spends most of its time
 * outside the arithmetic: about 300 native allocations per batch (each registered with
 * JavaCPP's deallocator), workspace bookkeeping and per-layer gradient maps. This loop runs
 * the same ND4J operations that DL4J's dense layer, MSE loss, dropout, regularization and
 * updater run (matrix products, activation and its derivative, the updater's own op on the
 * flattened gradient, {@code params -= update}), writes parameters into the network's own
 * parameter views, and so leaves a network that saves, loads and scores exactly like one
 * trained by {@code fit}. It is ND4J throughout, so it runs on whichever backend is loaded.
 * {@link #supports(MultiLayerNetwork)} says which networks qualify; others use DL4J's fit.
 *
 * <p>Batches come from the iterator as usual (shuffling, noise, cancellation through
 * {@link StoppableIterator}); the listener gets DL4J's {@code iterationDone} per batch with
 * the network's score set to the batch loss (MSE plus regularization, as DL4J reports it).
 */
public final class DenseNetTrainer implements TrainableNetwork {
  private final MultiLayerNetwork net;
  private final int layerCount;
  private final IActivation[] activation;
  private final boolean[] fastRelu;
  private final double[] keepProbability;
  private final INDArray params;
  private final INDArray gradients;
  private final INDArray[] weights;
  private final INDArray[] biases;
  private final INDArray[] weightGradients;
  private final INDArray[] biasGradients;
  private final GradientUpdater updater;
  private final boolean regularized;
  private final Map<Long, Buffers> buffersByRows = new HashMap<>();
  private TrainingListener listener;
  private ShuffledRows shuffled;

  private DenseNetTrainer(MultiLayerNetwork net) {
    this.net = net;
    this.layerCount = net.getnLayers();
    this.activation = new IActivation[layerCount];
    this.fastRelu = new boolean[layerCount];
    this.keepProbability = new double[layerCount];
    this.weights = new INDArray[layerCount];
    this.biases = new INDArray[layerCount];
    this.weightGradients = new INDArray[layerCount];
    this.biasGradients = new INDArray[layerCount];
    this.params = net.params();
    this.gradients = Nd4j.create(params.dataType(), params.shape());
    INDArray flatGradients = gradients.reshape(gradients.length());
    boolean anyRegularization = false;
    long offset = 0;
    for (int l = 0; l < layerCount; l++) {
      org.deeplearning4j.nn.conf.layers.FeedForwardLayer conf = feedForward(net, l);
      activation[l] = conf.getActivationFn();
      fastRelu[l] = activation[l] instanceof ActivationReLU && isPlainRelu((ActivationReLU) activation[l]);
      keepProbability[l] = conf.getIDropout() == null ? 1.0 : ((Dropout) conf.getIDropout()).getP();
      Layer layer = net.getLayer(l);
      weights[l] = layer.getParam("W");
      biases[l] = layer.getParam("b");
      long nIn = weights[l].size(0);
      long nOut = weights[l].size(1);
      // Same layout as DL4J's DefaultParamInitializer: W ('f' order, nIn x nOut), then b.
      weightGradients[l] = flatGradients.get(NDArrayIndex.interval(offset, offset + nIn * nOut)).reshape('f', nIn, nOut);
      offset += nIn * nOut;
      biasGradients[l] = flatGradients.get(NDArrayIndex.interval(offset, offset + nOut)).reshape(1, nOut);
      offset += nOut;
      anyRegularization |= !conf.getRegularization().isEmpty() || !conf.getRegularizationBias().isEmpty();
    }
    if (offset != params.length()) {
      throw new IllegalStateException("parameter layout " + offset + " != " + params.length());
    }
    this.regularized = anyRegularization;
    IUpdater config = feedForward(net, 0).getIUpdater();
    long stateSize = config.stateSize(params.length());
    // Stateless updaters (SGD) refuse a state array.
    this.updater = config.instantiate(stateSize == 0 ? null : Nd4j.zeros(params.dataType(), 1, stateSize), true);
  }

  /**
   * The fast trainer for {@code net}, or empty when the network is not a plain dense stack this
   * loop reproduces exactly: dense hidden layers and an MSE output layer with identity
   * activation, one updater for all parameters, no gradient normalization, plain (inverted)
   * dropout only, L1/L2 but not weight decay, float32.
   */
  public static Optional<DenseNetTrainer> supports(MultiLayerNetwork net) {
    if (net.params() == null || net.params().dataType() != DataType.FLOAT || net.getnLayers() < 1) {
      return Optional.empty();
    }
    if (net.getLayerWiseConfigurations().getInputPreProcessors() != null
        && !net.getLayerWiseConfigurations().getInputPreProcessors().isEmpty()) {
      return Optional.empty();
    }
    IUpdater first = null;
    for (int l = 0; l < net.getnLayers(); l++) {
      NeuralNetConfiguration c = net.getLayerWiseConfigurations().getConf(l);
      org.deeplearning4j.nn.conf.layers.Layer layer = c.getLayer();
      boolean last = l == net.getnLayers() - 1;
      boolean shapeOk = last
          ? layer instanceof OutputLayer out && out.getLossFn() instanceof LossMSE
              && ((LossMSE) out.getLossFn()).getWeights() == null
              && out.getActivationFn() instanceof ActivationIdentity && out.hasBias()
          : layer.getClass() == DenseLayer.class && ((DenseLayer) layer).hasBias()
              && !((DenseLayer) layer).hasLayerNorm();
      if (!shapeOk) {
        return Optional.empty();
      }
      org.deeplearning4j.nn.conf.layers.BaseLayer base = (org.deeplearning4j.nn.conf.layers.BaseLayer) layer;
      IDropout dropout = base.getIDropout();
      if (dropout != null && (dropout.getClass() != Dropout.class || ((Dropout) dropout).getPSchedule() != null)) {
        return Optional.empty();
      }
      boolean preUpdaterRegularization = java.util.stream.Stream.concat(base.getRegularization().stream(),
          base.getRegularizationBias().stream()).allMatch(r -> r.applyStep() == Regularization.ApplyStep.BEFORE_UPDATER);
      if (!preUpdaterRegularization) {
        return Optional.empty(); // weight decay is applied after the updater; not reproduced here
      }
      if (base.getWeightNoise() != null || (base.getGradientNormalization() != null
          && base.getGradientNormalization() != GradientNormalization.None)) {
        return Optional.empty();
      }
      if (!base.getIUpdater().equals(base.getBiasUpdater() == null ? base.getIUpdater() : base.getBiasUpdater())) {
        return Optional.empty();
      }
      if (first == null) {
        first = base.getIUpdater();
      } else if (!first.equals(base.getIUpdater())) {
        return Optional.empty();
      }
      if (!c.isMiniBatch()) {
        return Optional.empty();
      }
    }
    return Optional.of(new DenseNetTrainer(net));
  }

  private static org.deeplearning4j.nn.conf.layers.FeedForwardLayer feedForward(MultiLayerNetwork net, int l) {
    return (org.deeplearning4j.nn.conf.layers.FeedForwardLayer) net.getLayerWiseConfigurations().getConf(l).getLayer();
  }

  private static boolean isPlainRelu(ActivationReLU relu) {
    return relu.equals(new ActivationReLU());
  }

  /** The network this trainer updates in place. */
  public MultiLayerNetwork network() {
    return net;
  }

  @Override
  public void setListener(TrainingListener listener) {
    this.listener = listener;
  }

  @Override
  public void fitEpoch(DataSetIterator data) {
    var conf = net.getLayerWiseConfigurations();
    int epoch = conf.getEpochCount();
    while (data.hasNext()) {
      DataSet batch = data.next();
      afterStep(step(batch.getFeatures(), batch.getLabels(), conf.getIterationCount(), epoch), epoch);
    }
    conf.setEpochCount(epoch + 1);
  }

  /**
   * Fits the rest of the epoch. Autoencoder batches without noise are rows of the training
   * matrix itself: the matrix is copied to ND4J once, each epoch gathers it into the epoch's
   * shuffled order with one native op, and every batch is a view of that, so a batch costs no
   * allocation and no copy (building each batch as a new {@link DataSet} took a third of the
   * step time at batch 1024). Other iterators go through {@link DataSet}s.
   */
  @Override
  public void fitEpoch(MatrixIterator data, BooleanSupplier stop) {
    if (!data.servesPlainRows()) {
      fitEpoch(new StoppableIterator(data, stop));
      return;
    }
    if (shuffled == null || shuffled.source != data) {
      shuffled = new ShuffledRows(data);
    }
    shuffled.gather();
    var conf = net.getLayerWiseConfigurations();
    int epoch = conf.getEpochCount();
    while (data.hasNext() && !stop.getAsBoolean()) {
      int from = data.rowsThisEpoch();
      int rows = data.skip();
      INDArray batch = shuffled.batch(from, rows);
      afterStep(step(batch, batch, conf.getIterationCount(), epoch), epoch);
    }
    conf.setEpochCount(epoch + 1);
  }

  private void afterStep(double loss, int epoch) {
    var conf = net.getLayerWiseConfigurations();
    net.setScore(loss);
    conf.setIterationCount(conf.getIterationCount() + 1);
    if (listener != null) {
      listener.iterationDone(net, conf.getIterationCount(), epoch);
    }
  }

  /** The training matrix in ND4J, gathered into each epoch's order, and views of its batches. */
  private static final class ShuffledRows {
    final MatrixIterator source;
    final INDArray rows;
    final INDArray ordered;
    final Map<Integer, INDArray> batches = new HashMap<>();

    ShuffledRows(MatrixIterator source) {
      this.source = source;
      long n = source.rows();
      long columns = source.inputColumns();
      this.rows = Nd4j.create(source.features(), new long[] {n, columns}, DataType.FLOAT);
      this.ordered = Nd4j.create(DataType.FLOAT, n, columns);
    }

    void gather() {
      Nd4j.pullRows(rows, ordered, 1, source.epochOrder());
    }

    INDArray batch(int from, int count) {
      INDArray view = batches.get(from);
      if (view == null || view.size(0) != count) {
        view = ordered.get(NDArrayIndex.interval(from, from + count), NDArrayIndex.all());
        batches.put(from, view);
      }
      return view;
    }
  }

  /** One gradient step on {@code x -> y}; returns the batch loss as DL4J's score would report it. */
  double step(INDArray x, INDArray y, int iteration, int epoch) {
    long rows = x.size(0);
    Buffers b = buffersByRows.computeIfAbsent(rows, this::allocate);
    // Forward. in[l] is layer l's input after dropout; out[l] its activation.
    INDArray input = x;
    for (int l = 0; l < layerCount; l++) {
      if (keepProbability[l] < 1.0) {
        b.mask[l].assign(1.0);
        Nd4j.getExecutioner().exec(new DropOutInverted(b.mask[l], b.mask[l], keepProbability[l]));
        Nd4j.getExecutioner().exec(new MulOp(input, b.mask[l], b.dropped[l]));
        input = b.dropped[l];
      }
      b.in[l] = input;
      Nd4j.exec(new Mmul(input, weights[l], b.pre[l], MMulTranspose.allFalse()));
      b.pre[l].addiRowVector(biases[l]);
      if (activation[l] instanceof ActivationIdentity) {
        b.out[l] = b.pre[l];
      } else {
        b.out[l].assign(b.pre[l]);
        activation[l].getActivation(b.out[l], true);
      }
      input = b.out[l];
    }
    // MSE as DL4J's LossMSE: score = sum of squares / (columns * rows); dL/dz = 2 (out - y) / columns,
    // and the updater divides by the minibatch size, folded in here.
    INDArray delta = b.delta[layerCount - 1];
    input.sub(y, delta);
    double sumSquares = Nd4j.getBlasWrapper().dot(delta, delta);
    long columns = delta.size(1);
    double loss = sumSquares / (columns * (double) rows);
    delta.muli(2.0 / (columns * (double) rows));
    // Backward.
    for (int l = layerCount - 1; l >= 0; l--) {
      INDArray d = b.delta[l];
      if (l < layerCount - 1) {
        // d currently holds dL/d(out[l]); turn it into dL/d(pre[l]).
        if (fastRelu[l]) {
          // Two plain ops (mask, multiply) are ~4x faster here than ND4J's relu_bp custom op.
          Nd4j.getExecutioner().exec(new Step(b.pre[l], b.reluMask[l], 0.0));
          Nd4j.getExecutioner().exec(new MulOp(d, b.reluMask[l], d));
        } else if (!(activation[l] instanceof ActivationIdentity)) {
          INDArray dz = activation[l].backprop(b.pre[l], d).getFirst();
          if (dz != d) {
            d.assign(dz);
          }
        }
      }
      Nd4j.exec(new Mmul(b.in[l], d, weightGradients[l], MMulTranspose.builder().transposeA(true).build()));
      // Column sums as ones(1 x rows) . d: a matrix product beats ND4J's column reduction on row-major data.
      Nd4j.exec(new Mmul(b.ones, d, biasGradients[l], MMulTranspose.allFalse()));
      if (l > 0) {
        INDArray previous = b.delta[l - 1];
        Nd4j.exec(new Mmul(d, weights[l], previous, MMulTranspose.builder().transposeB(true).build()));
        if (keepProbability[l] < 1.0) {
          previous.muli(b.mask[l]);
        }
      }
    }
    if (regularized) {
      loss += applyRegularization(iteration, epoch);
    }
    updater.applyUpdater(gradients.reshape(gradients.length()), iteration, epoch);
    params.subi(gradients);
    return loss;
  }

  private double applyRegularization(int iteration, int epoch) {
    double score = 0;
    double lr = feedForward(net, 0).getIUpdater().hasLearningRate()
        ? feedForward(net, 0).getIUpdater().getLearningRate(iteration, epoch) : 1.0;
    for (int l = 0; l < layerCount; l++) {
      var conf = feedForward(net, l);
      score += regularize(conf.getRegularization(), weights[l], weightGradients[l], lr, iteration, epoch);
      score += regularize(conf.getRegularizationBias(), biases[l], biasGradients[l], lr, iteration, epoch);
    }
    return score;
  }

  private static double regularize(List<Regularization> rules, INDArray param, INDArray gradient, double lr,
      int iteration, int epoch) {
    double score = 0;
    for (Regularization r : rules) {
      score += r.score(param, iteration, epoch);
      r.apply(param, gradient, lr, iteration, epoch);
    }
    return score;
  }

  private Buffers allocate(long rows) {
    return new Buffers(rows);
  }

  /** Working arrays for one batch size, reused for every batch of that size. */
  private final class Buffers {
    final INDArray[] pre = new INDArray[layerCount];
    final INDArray[] out = new INDArray[layerCount];
    final INDArray[] delta = new INDArray[layerCount];
    final INDArray[] mask = new INDArray[layerCount];
    final INDArray[] dropped = new INDArray[layerCount];
    final INDArray[] in = new INDArray[layerCount];
    final INDArray[] reluMask = new INDArray[layerCount];
    final INDArray ones;

    Buffers(long rows) {
      DataType type = params.dataType();
      ones = Nd4j.ones(type, 1, rows);
      for (int l = 0; l < layerCount; l++) {
        long nIn = weights[l].size(0);
        long nOut = weights[l].size(1);
        pre[l] = Nd4j.create(type, rows, nOut);
        out[l] = activation[l] instanceof ActivationIdentity ? pre[l] : Nd4j.create(type, rows, nOut);
        delta[l] = Nd4j.create(type, rows, nOut);
        if (fastRelu[l]) {
          reluMask[l] = Nd4j.create(type, rows, nOut);
        }
        if (keepProbability[l] < 1.0) {
          mask[l] = Nd4j.create(type, rows, nIn);
          dropped[l] = Nd4j.create(type, rows, nIn);
        }
      }
    }
  }

  @Override
  public double evaluationLoss(DataSet batch) {
    return net.score(batch, false);
  }

  @Override
  public INDArray params() {
    return net.params();
  }

  @Override
  public void setParams(INDArray params) {
    this.params.assign(params);
  }
}
