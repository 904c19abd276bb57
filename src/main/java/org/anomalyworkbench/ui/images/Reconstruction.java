package org.anomalyworkbench.ui.images;

import java.util.List;
import java.util.Optional;
import org.anomalyworkbench.core.data.Dataset;
import org.anomalyworkbench.core.data.PreparedData;
import org.anomalyworkbench.core.data.ImageSet;
import org.anomalyworkbench.core.data.images.ImageTable;
import org.anomalyworkbench.core.data.prep.Preparation;
import org.anomalyworkbench.core.detector.Reconstructing;
import org.anomalyworkbench.core.pipeline.TrainingPipeline;
import org.anomalyworkbench.ui.results.ResultsData;

/**
 * What a reconstructing detector (an autoencoder over images) expected an image to look like:
 * the one image prepared as in training, rebuilt by the detector, and put back into 0..255
 * with the preparation's own scaling, ready to draw beside the original.
 */
public final class Reconstruction {
  private Reconstruction() {
  }

  /** True when the result's detector can rebuild its images. */
  public static boolean available(ResultsData data) {
    return data != null && data.dataset().isImages() && data.source() instanceof TrainingPipeline.TrainingResult r
        && r.model().detector() instanceof Reconstructing;
  }

  /**
   * Image {@code row} of the result as its detector rebuilds it, channel-major 0..255, or empty
   * when the detector does not rebuild images.
   */
  public static Optional<double[]> of(ResultsData data, int row) {
    if (!available(data)) {
      return Optional.empty();
    }
    TrainingPipeline.TrainingResult r = (TrainingPipeline.TrainingResult) data.source();
    return Optional.of(of(r.model().preparation(), (Reconstructing) r.model().detector(), data.dataset().images(), row));
  }

  /**
   * Rebuilds image {@code row} of {@code images}: prepares that image alone (a one-image set, so
   * that a 60,000-image folder is not prepared again for one picture), reconstructs it and
   * unscales every value by its channel.
   */
  static double[] of(Preparation preparation, Reconstructing detector, ImageSet images, int row) {
    int size = images.shape().size();
    byte[] pixels = new byte[size];
    System.arraycopy(images.pixels(), row * size, pixels, 0, size);
    ImageSet one = new ImageSet(images.root(), images.options(), List.of(images.files().get(row)),
        List.of(images.classes().get(row)), pixels, new int[] {images.widths()[row]},
        new int[] {images.heights()[row]}, List.of(images.formats().get(row)), List.of(), 0);
    Dataset d = ImageTable.dataset(one, java.util.Set.of());
    PreparedData prepared = preparation.transform(d);
    float[] rebuilt = detector.reconstruct(prepared, 0);
    int plane = images.options().width() * images.options().height();
    double[] out = new double[rebuilt.length];
    for (int i = 0; i < rebuilt.length; i++) {
      out[i] = preparation.unscalePixel(i / plane, rebuilt[i]);
    }
    return out;
  }
}
