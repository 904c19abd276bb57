package org.anomalyworkbench.bench;

import java.util.Locale;
import org.anomalyworkbench.core.compute.NativeEnvironment;
import org.nd4j.linalg.api.blas.params.MMulTranspose;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.reduce.Mmul;
import org.nd4j.linalg.api.ops.impl.reduce.floating.SquaredNorm;
import org.nd4j.linalg.api.ops.impl.scalar.RectifiedLinearDerivative;
import org.nd4j.linalg.api.ops.impl.scalar.Step;
import org.nd4j.linalg.api.ops.impl.transforms.pairwise.arithmetic.MulOp;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.GradientUpdater;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Where a training step's time goes: the cost of each ND4J operation the dense autoencoder's
 * step uses, on arrays of the benchmark's shapes (batch x 30 -> 16), and of the alternatives
 * that {@code DenseNetTrainer} chose between (a relu mask and a multiply against ND4J's relu_bp
 * op, a ones-row matrix product against a column sum, a BLAS dot against a squared norm). Not a
 * test: run by hand, {@code OpProbe [rows=1024]}; prints microseconds per call after warm-up.
 */
public final class OpProbe {
  private OpProbe() {
  }

  private static void time(String name, Runnable op) {
    for (int i = 0; i < 2000; i++) {
      op.run();
    }
    int calls = 5000;
    long start = System.nanoTime();
    for (int i = 0; i < calls; i++) {
      op.run();
    }
    System.out.printf(Locale.ROOT, "%-44s %8.1f us%n", name, (System.nanoTime() - start) / 1e3 / calls);
  }

  public static void main(String[] args) {
    NativeEnvironment.prepare();
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 1024;
    INDArray x = Nd4j.rand(DataType.FLOAT, n, 30);
    INDArray w = Nd4j.rand(DataType.FLOAT, 30, 16).dup('f'); // DL4J keeps weights in 'f' order
    INDArray z = Nd4j.create(DataType.FLOAT, n, 16);
    INDArray other = Nd4j.create(DataType.FLOAT, n, 16);
    INDArray mask = Nd4j.create(DataType.FLOAT, n, 16);
    INDArray bias = Nd4j.rand(DataType.FLOAT, 1, 16);
    INDArray weightGradient = Nd4j.create(DataType.FLOAT, new long[] {30, 16}, 'f');
    INDArray back = Nd4j.create(DataType.FLOAT, n, 30);
    INDArray ones = Nd4j.ones(DataType.FLOAT, 1, n);
    INDArray scalar = Nd4j.scalar(DataType.FLOAT, 0f);
    System.out.println("rows " + n + ", layer 30 -> 16");
    time("forward  x . W", () -> Nd4j.exec(new Mmul(x, w, z, MMulTranspose.allFalse())));
    time("forward  + bias (addiRowVector)", () -> z.addiRowVector(bias));
    time("forward  copy (assign)", () -> other.assign(z));
    time("forward  relu in place", () -> Transforms.relu(other, false));
    time("backward x^T . delta -> dW", () -> Nd4j.exec(new Mmul(x, z, weightGradient,
        MMulTranspose.builder().transposeA(true).build())));
    time("backward delta . W^T", () -> Nd4j.exec(new Mmul(z, w, back, MMulTranspose.builder().transposeB(true).build())));
    time("bias grad: column sum (sum dim 0)", () -> z.sum(bias, 0));
    time("bias grad: ones . delta (chosen)", () -> Nd4j.exec(new Mmul(ones, z, bias, MMulTranspose.allFalse())));
    time("relu grad: relu_bp op", () -> Nd4j.getExecutioner().exec(new RectifiedLinearDerivative(z, other, other, 0.0)));
    time("relu grad: step mask + multiply (chosen)", () -> {
      Nd4j.getExecutioner().exec(new Step(z, mask, 0.0));
      Nd4j.getExecutioner().exec(new MulOp(other, mask, other));
    });
    time("loss: squared norm op", () -> Nd4j.getExecutioner().exec(new SquaredNorm(back, scalar)));
    time("loss: BLAS dot (chosen)", () -> Nd4j.getBlasWrapper().dot(back, back));
    time("loss: out - y", () -> x.sub(x, back));
    INDArray params = Nd4j.rand(DataType.FLOAT, 1, 1286);
    INDArray gradient = Nd4j.rand(DataType.FLOAT, 1, 1286);
    GradientUpdater adam = new Adam(1e-3).instantiate(Nd4j.zeros(DataType.FLOAT, 1, 2572), true);
    time("update: Adam op on 1286 parameters", () -> adam.applyUpdater(gradient.reshape(1286), 5, 0));
    time("update: params -= update", () -> params.subi(gradient));
  }
}
