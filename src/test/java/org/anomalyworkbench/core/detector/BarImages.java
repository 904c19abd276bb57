package org.anomalyworkbench.core.detector;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.anomalyworkbench.core.data.PreparedData;
import org.anomalyworkbench.core.data.SampleShape;

/**
 * Synthetic images for the image detectors' quality tests: {@code normal} 12x12 images with one
 * horizontal bar (a full row at 1) and {@code anomalies} with one vertical bar, both on faint
 * noise. Every image has the same number of lit pixels, so the squared norm cannot tell them
 * apart and only the learnt shape can. Anomalies come last, labelled 1.
 */
public final class BarImages {
  /** Height and width of the images. */
  public static final int SIDE = 12;

  private BarImages() {
  }

  public static PreparedData bars(int normal, int anomalies, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    int n = normal + anomalies;
    int size = SIDE * SIDE;
    float[] v = new float[n * size];
    int[] labels = new int[n];
    for (int i = 0; i < n; i++) {
      boolean vertical = i >= normal;
      labels[i] = vertical ? 1 : 0;
      int at = rnd.nextInt(SIDE);
      for (int p = 0; p < size; p++) {
        v[i * size + p] = (float) (0.05 * rnd.nextDouble());
      }
      for (int k = 0; k < SIDE; k++) {
        v[i * size + (vertical ? k * SIDE + at : at * SIDE + k)] = 1f;
      }
    }
    return new PreparedData(v, names(size), labels, new SampleShape.Image(SIDE, SIDE, 1));
  }

  /** Feature names px0, px1, ... */
  public static List<String> names(int size) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      names.add("px" + i);
    }
    return names;
  }
}
