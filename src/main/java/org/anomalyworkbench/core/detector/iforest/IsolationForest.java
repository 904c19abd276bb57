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
 *
 * <p><b>Hyperplane splits</b> (extended isolation forest, Hariri, Carrasco Kind and Brunner,
 * IEEE TKDE 2021; see {@link TreeBuilder}): the score is defined the same way. A hyperplane's
 * bits are shared among the features it mixes in proportion to {@code |g_f|}, the size of the
 * feature's normal weight in the node's box scaled to unit width (so in proportion to how much
 * the feature tilts the plane, whatever its units); the contributions still sum to the score.
 * They point less sharply than with axis splits: a plane mixing all features credits every one
 * of them, and only the planes that isolate a row early lean towards the feature it is off in
 * (a row 6 sd off in one of 5 features: that feature leads with about 0.13-0.15 of the score
 * against 0.09-0.13 for each other one, where axis splits give it half). A lower extension
 * level gives sharper contributions.
 *
 * <p><b>Model file</b>: axis forests are written as before (format 1). Hyperplane forests are
 * format 2, with the planes in three more entries; a node's {@code feature} then holds its
 * plane's index. Files without a {@code planeSize} are axis forests.
 */
final class IsolationForest implements TrainedDetector {
  private static final int AXIS_FORMAT = 1;
  private static final int FORMAT_VERSION = 2;

  /**
   * What the model file stores besides the node arrays.
   *
   * @param planeSize features per hyperplane; 0 (or absent, in files from before hyperplanes) for axis splits
   */
  record Meta(int formatVersion, int trees, int subsampleSize, List<String> features, int planeSize) {
  }

  private final List<String> featureNames;
  private final int subsampleSize;
  private final double normaliser;
  private final int[] roots;
  private final int[] feature;
  private final int[] child;
  private final float[] value;
  private final float[] bits;
  private final int planeSize;
  private final int[] planeFeature;
  private final float[] planeWeight;
  private final float[] planeShare;
  private final ForestWalker walker;

  IsolationForest(List<String> featureNames, int subsampleSize, int[] roots, int[] feature, int[] child,
      float[] value, float[] bits, int planeSize, int[] planeFeature, float[] planeWeight, float[] planeShare) {
    this.featureNames = List.copyOf(featureNames);
    this.subsampleSize = subsampleSize;
    this.normaliser = PathLength.average(subsampleSize);
    this.roots = roots;
    this.feature = feature;
    this.child = child;
    this.value = value;
    this.bits = bits;
    this.planeSize = planeSize;
    this.planeFeature = planeFeature;
    this.planeWeight = planeWeight;
    this.planeShare = planeShare;
    this.walker = new ForestWalker(this.featureNames.size(), roots, feature, child, value, bits, planeSize,
        planeFeature, planeWeight, planeShare);
  }

  /** Joins trees into one flat forest, shifting child indices by each tree's offset. */
  static IsolationForest of(List<String> featureNames, int subsampleSize, List<TreeBuilder.Tree> trees) {
    int total = trees.stream().mapToInt(TreeBuilder.Tree::size).sum();
    int[] roots = new int[trees.size()];
    int[] feature = new int[total];
    int[] child = new int[total];
    float[] value = new float[total];
    float[] bits = new float[total];
    int planeSize = trees.isEmpty() ? 0 : trees.get(0).planeSize();
    int slots = trees.stream().mapToInt(t -> t.planeFeature().length).sum();
    int[] planeFeature = new int[slots];
    float[] planeWeight = new float[slots];
    float[] planeShare = new float[slots];
    int at = 0;
    int slotAt = 0;
    for (int t = 0; t < trees.size(); t++) {
      TreeBuilder.Tree tree = trees.get(t);
      roots[t] = at;
      // A hyperplane node's 'feature' is its plane's index: shift it by the planes of earlier trees.
      int planeShift = planeSize == 0 ? 0 : slotAt / planeSize;
      for (int i = 0; i < tree.size(); i++) {
        int f = tree.feature()[i];
        feature[at + i] = f < 0 ? f : f + planeShift;
        child[at + i] = tree.child()[i] + at;
      }
      System.arraycopy(tree.value(), 0, value, at, tree.size());
      System.arraycopy(tree.bits(), 0, bits, at, tree.size());
      int n = tree.planeFeature().length;
      System.arraycopy(tree.planeFeature(), 0, planeFeature, slotAt, n);
      System.arraycopy(tree.planeWeight(), 0, planeWeight, slotAt, n);
      System.arraycopy(tree.planeShare(), 0, planeShare, slotAt, n);
      slotAt += n;
      at += tree.size();
    }
    return new IsolationForest(featureNames, subsampleSize, roots, feature, child, value, bits, planeSize,
        planeFeature, planeWeight, planeShare);
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

  /** Features per hyperplane; 0 for an axis-split forest. */
  int planeSize() {
    return planeSize;
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
        node = child[node] + (sideValue(row, feature[node]) < value[node] ? 0 : 1);
      }
      pathSum += value[node];
    }
    return Math.pow(2, -(pathSum / roots.length) / normaliser);
  }

  /** The feature value (axis) or dot product with the plane (hyperplane) that a split compares. */
  private float sideValue(float[] row, int split) {
    if (planeSize == 0) {
      return row[split];
    }
    float dot = 0;
    for (int j = split * planeSize; j < (split + 1) * planeSize; j++) {
      dot += planeWeight[j] * row[planeFeature[j]];
    }
    return dot;
  }

  @Override
  public ScoreSemantics semantics() {
    return new ScoreSemantics("isolation score 2^(-E[h]/c(psi))",
        "Near 1: the row is isolated by very few random splits (anomalous); about 0.5 or below: as hard to "
            + "isolate as typical rows.", 0, 1);
  }

  @Override
  public void save(ModelArchive.Writer out) throws IOException {
    out.putJson("forest.json", new Meta(planeSize == 0 ? AXIS_FORMAT : FORMAT_VERSION, roots.length, subsampleSize,
        featureNames, planeSize));
    out.putBytes("roots.bin", IntCodec.encode(roots));
    out.putBytes("feature.bin", IntCodec.encode(feature));
    out.putBytes("child.bin", IntCodec.encode(child));
    out.putFloats("value.bin", value);
    out.putFloats("bits.bin", bits);
    if (planeSize > 0) {
      out.putBytes("plane-feature.bin", IntCodec.encode(planeFeature));
      out.putFloats("plane-weight.bin", planeWeight);
      out.putFloats("plane-share.bin", planeShare);
    }
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
    int planeSize = meta.planeSize();
    int d = meta.features().size();
    int[] planeFeature = new int[0];
    float[] planeWeight = new float[0];
    float[] planeShare = new float[0];
    if (planeSize < 0 || planeSize > d) {
      throw new IOException("isolation forest plane size " + planeSize + " is damaged");
    }
    if (planeSize > 0) {
      planeFeature = IntCodec.decode(in.bytes("plane-feature.bin"));
      planeWeight = in.floats("plane-weight.bin");
      planeShare = in.floats("plane-share.bin");
      if (planeFeature.length % planeSize != 0 || planeWeight.length != planeFeature.length
          || planeShare.length != planeFeature.length || Arrays.stream(planeFeature).anyMatch(f -> f < 0 || f >= d)) {
        throw new IOException("isolation forest hyperplanes are damaged");
      }
    }
    // What a node's 'feature' indexes: features for axis splits, planes for hyperplanes.
    int splits = planeSize == 0 ? d : planeFeature.length / planeSize;
    for (int root : roots) {
      if (root < 0 || root >= nodes) {
        throw new IOException("isolation forest root index out of range: " + root);
      }
    }
    for (int i = 0; i < nodes; i++) {
      boolean leaf = feature[i] < 0;
      if (!leaf && (feature[i] >= splits || child[i] <= i || child[i] + 1 >= nodes)) {
        throw new IOException("isolation forest node " + i + " is damaged");
      }
    }
    return new IsolationForest(meta.features(), meta.subsampleSize(), roots, feature, child, value, bits, planeSize,
        planeFeature, planeWeight, planeShare);
  }
}
