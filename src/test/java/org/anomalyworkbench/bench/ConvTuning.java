package org.anomalyworkbench.bench;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import javax.imageio.ImageIO;
import org.anomalyworkbench.core.compute.NativeEnvironment;
import org.anomalyworkbench.core.data.PreparedData;
import org.anomalyworkbench.core.data.SampleShape;
import org.anomalyworkbench.core.detector.registry.DetectorRegistry;
import org.anomalyworkbench.core.detector.Scores;
import org.anomalyworkbench.core.detector.TrainedDetector;
import org.anomalyworkbench.core.detector.TrainingContext;

/**
 * One-class image benchmark for tuning (issue 13): DIR holds one sub-folder per class of grey
 * PNGs; each class in turn is normal, a seeded 80% of it trains, and the other 20% plus every
 * image of the other classes are scored; ROC-AUC per class and the mean, with the seconds per
 * class (training + scoring). Images are read with ImageIO and scaled to [0, 1], independent of
 * the application's importer. Not a test:
 * {@code ConvTuning DIR detector[,detector..] [seed=1] [classes=all] [key=value ..]}
 * (key=value pairs are conv-autoencoder parameters).
 */
public final class ConvTuning {
  private ConvTuning() {
  }

  /** All images of all classes, in class then file order. */
  record Images(float[] values, int[] classes, int height, int width, List<String> classNames) {
    int count() {
      return classes.length;
    }
  }

  public static void main(String[] args) throws IOException {
    NativeEnvironment.prepare();
    Path dir = Path.of(args[0]);
    String[] detectors = args[1].split(",");
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
    String classArg = args.length > 3 ? args[3] : "all";
    Map<String, String> params = new LinkedHashMap<>();
    for (int i = 4; i < args.length; i++) {
      String[] kv = args[i].split("=", 2);
      params.put(kv[0], kv[1]);
    }
    Images images = load(dir);
    List<Integer> classes = new ArrayList<>();
    for (int c = 0; c < images.classNames().size(); c++) {
      if (classArg.equals("all") || Arrays.asList(classArg.split(",")).contains(images.classNames().get(c))) {
        classes.add(c);
      }
    }
    System.out.printf(Locale.ROOT, "%d images %dx%d, %d classes, seed %d, params %s%n", images.count(),
        images.height(), images.width(), images.classNames().size(), seed, params);
    for (String detector : detectors) {
      double sum = 0;
      double seconds = 0;
      StringBuilder row = new StringBuilder();
      for (int c : classes) {
        long start = System.nanoTime();
        double auc = oneClass(images, c, detector, detector.equals("conv-autoencoder") ? params : Map.of(), seed);
        double s = (System.nanoTime() - start) / 1e9;
        sum += auc;
        seconds += s;
        row.append(String.format(Locale.ROOT, " %.3f", auc));
        System.out.printf(Locale.ROOT, "%s class %s: ROC-AUC %.4f, %.1f s%n", detector, images.classNames().get(c),
            auc, s);
      }
      System.out.printf(Locale.ROOT, "%s |%s | mean %.4f | %.1f s per class%n", detector, row,
          sum / classes.size(), seconds / classes.size());
    }
  }

  /** ROC-AUC of {@code detector} with class {@code normal} as the normal class. */
  static double oneClass(Images images, int normal, String detector, Map<String, String> params, long seed) {
    int size = images.height() * images.width();
    List<Integer> normals = new ArrayList<>();
    List<Integer> others = new ArrayList<>();
    for (int i = 0; i < images.count(); i++) {
      (images.classes()[i] == normal ? normals : others).add(i);
    }
    int[] order = normals.stream().mapToInt(Integer::intValue).toArray();
    SplittableRandom rnd = new SplittableRandom(seed * 31 + normal);
    for (int i = order.length - 1; i > 0; i--) {
      int j = rnd.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    int train = (int) Math.round(order.length * 0.8);
    int[] trainRows = Arrays.copyOf(order, train);
    int[] testRows = new int[order.length - train + others.size()];
    int[] labels = new int[testRows.length];
    System.arraycopy(order, train, testRows, 0, order.length - train);
    for (int i = 0; i < others.size(); i++) {
      testRows[order.length - train + i] = others.get(i);
      labels[order.length - train + i] = 1;
    }
    SampleShape shape = detector.equals("conv-autoencoder")
        ? new SampleShape.Image(images.height(), images.width(), 1) : new SampleShape.Row(size);
    List<String> names = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      names.add("px" + i);
    }
    PreparedData trainData = new PreparedData(rows(images, trainRows), names, null, shape);
    PreparedData testData = new PreparedData(rows(images, testRows), names, null, shape);
    TrainedDetector model = DetectorRegistry.train(detector, params, trainData, TrainingContext.seeded(seed));
    Scores scores = model.score(testData);
    return Auc.rocAuc(scores.values(), labels);
  }

  private static float[] rows(Images images, int[] rows) {
    int size = images.height() * images.width();
    float[] out = new float[rows.length * size];
    for (int i = 0; i < rows.length; i++) {
      System.arraycopy(images.values(), rows[i] * size, out, i * size, size);
    }
    return out;
  }

  /** Every PNG under each sub-folder of {@code dir} (sorted), grey values / 255. */
  static Images load(Path dir) throws IOException {
    File[] folders = dir.toFile().listFiles(File::isDirectory);
    Arrays.sort(folders);
    List<float[]> pixels = new ArrayList<>();
    List<Integer> classes = new ArrayList<>();
    List<String> names = new ArrayList<>();
    int h = -1;
    int w = -1;
    for (int c = 0; c < folders.length; c++) {
      names.add(folders[c].getName());
      File[] files = folders[c].listFiles((d, n) -> n.toLowerCase(Locale.ROOT).endsWith(".png"));
      Arrays.sort(files);
      for (File f : files) {
        BufferedImage img = ImageIO.read(f);
        if (h < 0) {
          h = img.getHeight();
          w = img.getWidth();
        }
        float[] v = new float[h * w];
        for (int y = 0; y < h; y++) {
          for (int x = 0; x < w; x++) {
            v[y * w + x] = (img.getRaster().getSample(x, y, 0)) / 255f;
          }
        }
        pixels.add(v);
        classes.add(c);
      }
    }
    float[] all = new float[pixels.size() * h * w];
    for (int i = 0; i < pixels.size(); i++) {
      System.arraycopy(pixels.get(i), 0, all, i * h * w, h * w);
    }
    return new Images(all, classes.stream().mapToInt(Integer::intValue).toArray(), h, w, names);
  }
}
