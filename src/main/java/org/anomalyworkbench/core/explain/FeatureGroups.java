package org.anomalyworkbench.core.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.anomalyworkbench.core.data.PreparedData;
import org.anomalyworkbench.core.data.prep.Preparation;
import org.anomalyworkbench.core.data.prep.SourceFeature;
import org.anomalyworkbench.core.data.SampleShape;

/**
 * What Shapley values are computed over, so that they read as the analyst thinks of a sample:
 * a table row's source columns (a one-hot encoded column is one group, not one per level), a
 * window's channels, an image's patches (a grid of about {@value #PATCHES_PER_SIDE} x
 * {@value #PATCHES_PER_SIDE}, all channels together).
 *
 * @param indices per group, the prepared feature indices it covers
 * @param names per group, a name to show
 */
public record FeatureGroups(List<int[]> indices, List<String> names) {
  /** Patches along each side of an image. */
  public static final int PATCHES_PER_SIDE = 4;

  public FeatureGroups {
    indices = List.copyOf(indices);
    names = List.copyOf(names);
  }

  public int size() {
    return names.size();
  }

  /** The groups for data prepared by {@code preparation}. */
  public static FeatureGroups of(Preparation preparation, PreparedData data) {
    SampleShape shape = data.shape();
    if (shape instanceof SampleShape.Image image) {
      return patches(image);
    }
    if (shape instanceof SampleShape.Window window) {
      return channels(window, data.featureNames());
    }
    List<int[]> indices = new ArrayList<>();
    List<String> names = new ArrayList<>();
    List<SourceFeature> sources = preparation.sourceFeatures();
    if (sources.stream().mapToInt(SourceFeature::width).sum() != data.columns()) {
      return singles(data.featureNames());
    }
    for (SourceFeature f : sources) {
      int[] idx = new int[f.width()];
      for (int i = 0; i < idx.length; i++) {
        idx[i] = f.firstIndex() + i;
      }
      indices.add(idx);
      names.add(f.column());
    }
    return new FeatureGroups(indices, names);
  }

  /** One group per prepared feature. */
  public static FeatureGroups singles(List<String> featureNames) {
    List<int[]> indices = new ArrayList<>();
    for (int i = 0; i < featureNames.size(); i++) {
      indices.add(new int[] {i});
    }
    return new FeatureGroups(indices, featureNames);
  }

  static FeatureGroups patches(SampleShape.Image image) {
    int rows = Math.min(PATCHES_PER_SIDE, image.height());
    int cols = Math.min(PATCHES_PER_SIDE, image.width());
    List<int[]> indices = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (int pr = 0; pr < rows; pr++) {
      int y0 = pr * image.height() / rows;
      int y1 = (pr + 1) * image.height() / rows;
      for (int pc = 0; pc < cols; pc++) {
        int x0 = pc * image.width() / cols;
        int x1 = (pc + 1) * image.width() / cols;
        int[] idx = new int[(y1 - y0) * (x1 - x0) * image.channels()];
        int k = 0;
        for (int c = 0; c < image.channels(); c++) {
          for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
              idx[k++] = image.index(c, y, x);
            }
          }
        }
        indices.add(idx);
        names.add(String.format(Locale.ROOT, "patch rows %d-%d, columns %d-%d", y0, y1 - 1, x0, x1 - 1));
      }
    }
    return new FeatureGroups(indices, names);
  }

  static FeatureGroups channels(SampleShape.Window window, List<String> featureNames) {
    List<int[]> indices = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (int c = 0; c < window.channels(); c++) {
      int[] idx = new int[window.length()];
      for (int p = 0; p < window.length(); p++) {
        idx[p] = window.index(p, c);
      }
      indices.add(idx);
      String first = featureNames.get(window.index(0, c));
      names.add(first.contains("@") ? first.substring(0, first.indexOf('@')) : "channel " + (c + 1));
    }
    return new FeatureGroups(indices, names);
  }
}
