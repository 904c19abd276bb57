package org.anomalyworkbench.core.detector.iforest;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.anomalyworkbench.core.data.PreparedData;
import org.anomalyworkbench.core.detector.ScoreSemantics;
import org.anomalyworkbench.core.detector.Scores;
import org.anomalyworkbench.core.detector.TrainedDetector;
import org.anomalyworkbench.core.detector.statistical.DataChecks;
import org.anomalyworkbench.core.archive.ModelArchive;

/**
 * A fitted isolation forest (Liu, Ting and Zhou, "Isolation Forest", ICDM 2008). All trees
 * live in a few flat arrays (one entry per node, a tree is a range of them; no object per
 * node), which is also what the model file stores. Scoring walks blocks of rows through the
 * trees with a {@link ForestWalker} (lock step, branch-free), blocks in parallel; every row's
 * sums are taken in tree order, so scores do not depend on the number of threads.
 *
 * <p><b>Score</b>: {@code s(x) = 2^(-E[h(x)] / c(psi))}, where {@code h(x)} is the depth at
 * which a tree isolates {@code x} (plus {@code c(n)} for a leaf still holding {@code n}
 * training rows) and {@code c(psi)} the average depth for a subsample of size {@code psi}.
 * The score lies in (0, 1]: near 1 for rows isolated in very few splits, about 0.5 or less for
 * typical rows.
 *
 * <p><b>Contributions</b> ("which features' splits isolated this row"): every split on a
 * row's path narrows the training rows still sharing its node from {@code n} to {@code m};
 * that split isolated {@code log2(n / m)} bits. A split in an empty gap next to an extreme
 * value cuts almost all rows away at once (many bits), a split through the bulk of the data
 * about one bit. A feature's contribution is the score times its share of all the bits its
 * splits isolated over all trees, so a row's contributions sum to its score. (A depth-weighted
 * count of splits, as in DIFFI by Carletti, Terzi and Susto, 2023, credits every feature that
 * happens to be split on the way down about equally; weighting by the rows cut away credits
 * the split that actually separated the row.)
 */
final class IsolationForest implements TrainedDetector {
  private static final int FORMAT_VERSION = 1;

  /** What the model file stores besides the node arrays. */
  record Meta(int formatVersion, int trees, int subsampleSize, List<String> features) {
  }

  private final List<String> featureNames;
  private final int subsampleSize;
  private final double normaliser;
  private final int[] roots;
  private final int[] feature;
  private final int[] child;
  private final float[] value;
  private final float[] bits;
  private final ForestWalker walker;

  IsolationForest(List<String> featureNames, int subsampleSize, int[] roots, int[] feature, int[] child,
      float[] value, float[] bits) {
    this.featureNames = List.copyOf(featureNames);
    this.subsampleSize = subsampleSize;
    this.normaliser = PathLength.average(subsampleSize);
    this.roots = roots;
    this.feature = feature;
    this.child = child;
    this.value = value;
    this.bits = bits;
    this.walker = new ForestWalker(this.featureNames.size(), roots, feature, child, value, bits);
  }

  /** Joins trees into one flat forest, shifting child indices by each tree's offset. */
  static IsolationForest of(List<String> featureNames, int subsampleSize, List<TreeBuilder.Tree> trees) {
    int total = trees.stream().mapToInt(TreeBuilder.Tree::size).sum();
    int[] roots = new int[trees.size()];
    int[] feature = new int[total];
    int[] child = new int[total];
    float[] value = new float[total];
    float[] bits = new float[total];
    int at = 0;
    for (int t = 0; t < trees.size(); t++) {
      TreeBuilder.Tree tree = trees.get(t);
      roots[t] = at;
      for (int i = 0; i < tree.size(); i++) {
        feature[at + i] = tree.feature()[i];
        child[at + i] = tree.child()[i] + at;
      }
      System.arraycopy(tree.value(), 0, value, at, tree.size());
      System.arraycopy(tree.bits(), 0, bits, at, tree.size());
      at += tree.size();
    }
    return new IsolationForest(featureNames, subsampleSize, roots, feature, child, value, bits);
  }

  @Override
  public String detectorId() {
    return IsolationForestDetector.ID;
  }

  int trees() {
    return roots.length;
  }

  int subsampleSize() {
    return subsampleSize;
  }

  @Override
  public Scores score(PreparedData data) {
    DataChecks.requireSameFeatures(featureNames, data);
    int n = data.rows();
    double[] out = new double[n];
    float[] contributions = new float[n * data.columns()];
    // Blocks small enough that their per-feature accumulators stay in cache, whatever the width.
    int block = Math.max(64, Math.min(2048, (1 << 15) / data.columns()));
    int blocks = (n + block - 1) / block;
    // Rows are independent and each writes only its own slots: the result does not depend on threads.
    IntStream.range(0, blocks).parallel()
        .forEach(b -> scoreRows(data.values(), data.columns(), b * block, Math.min(n, (b + 1) * block), out,
            contributions));
    return new Scores(out, contributions, featureNames);
  }

  private void scoreRows(float[] x, int d, int from, int to, double[] out, float[] contributions) {
    int rows = to - from;
    double[] pathSum = new double[rows];
    double[] isolated = new double[rows * d];
    walker.walk(x, from, to, pathSum, isolated);
    for (int i = 0; i < rows; i++) {
      double s = Math.pow(2, -(pathSum[i] / roots.length) / normaliser);
      out[from + i] = s;
      int acc = i * d;
      double total = 0;
      for (int f = 0; f < d; f++) {
        total += isolated[acc + f];
      }
      if (total > 0) {
        int base = (from + i) * d;
        for (int f = 0; f < d; f++) {
          contributions[base + f] = (float) (s * isolated[acc + f] / total);
        }
      }
    }
  }

  /**
   * The score of one row by a plain walk of every tree: the definition that the faster
   * {@link ForestWalker} must reproduce (tests compare the two).
   */
  double plainScore(float[] row) {
    double pathSum = 0;
    for (int root : roots) {
      int node = root;
      while (feature[node] >= 0) {
        node = child[node] + (row[feature[node]] < value[node] ? 0 : 1);
      }
      pathSum += value[node];
    }
    return Math.pow(2, -(pathSum / roots.length) / normaliser);
  }

  @Override
  public ScoreSemantics semantics() {
    return new ScoreSemantics("isolation score 2^(-E[h]/c(psi))",
        "Near 1: the row is isolated by very few random splits (anomalous); about 0.5 or below: as hard to "
            + "isolate as typical rows.", 0, 1);
  }

  @Override
  public void save(ModelArchive.Writer out) throws IOException {
    out.putJson("forest.json", new Meta(FORMAT_VERSION, roots.length, subsampleSize, featureNames));
    out.putBytes("roots.bin", IntCodec.encode(roots));
    out.putBytes("feature.bin", IntCodec.encode(feature));
    out.putBytes("child.bin", IntCodec.encode(child));
    out.putFloats("value.bin", value);
    out.putFloats("bits.bin", bits);
  }

  /** Reads what {@link #save} wrote, checking the node arrays so a damaged file cannot loop or overrun. */
  static IsolationForest load(ModelArchive.Reader in) throws IOException {
    Meta meta = in.json("forest.json", Meta.class);
    if (meta.formatVersion() > FORMAT_VERSION) {
      throw new IOException("isolation forest saved in a newer format (" + meta.formatVersion() + ")");
    }
    int[] roots = IntCodec.decode(in.bytes("roots.bin"));
    int[] feature = IntCodec.decode(in.bytes("feature.bin"));
    int[] child = IntCodec.decode(in.bytes("child.bin"));
    float[] value = in.floats("value.bin");
    float[] bits = in.floats("bits.bin");
    int nodes = feature.length;
    if (roots.length != meta.trees() || child.length != nodes || value.length != nodes || bits.length != nodes) {
      throw new IOException("isolation forest arrays have inconsistent lengths");
    }
    for (int root : roots) {
      if (root < 0 || root >= nodes) {
        throw new IOException("isolation forest root index out of range: " + root);
      }
    }
    for (int i = 0; i < nodes; i++) {
      boolean leaf = feature[i] < 0;
      if (!leaf && (feature[i] >= meta.features().size() || child[i] <= i || child[i] + 1 >= nodes)) {
        throw new IOException("isolation forest node " + i + " is damaged");
      }
    }
    return new IsolationForest(meta.features(), meta.subsampleSize(), roots, feature, child, value, bits);
  }
}
