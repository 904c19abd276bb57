package org.anomalyworkbench.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/** Writes a scene snapshot to PNG without javafx-swing (pixels copied into a BufferedImage). */
public final class Screenshots {
  private Screenshots() {
  }

  /** Must be called on the FX thread. */
  public static void save(Scene scene, Path png) throws IOException {
    WritableImage img = scene.snapshot(null);
    int w = (int) img.getWidth();
    int h = (int) img.getHeight();
    int[] argb = new int[w * h];
    img.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    out.setRGB(0, 0, w, h, argb, 0, w);
    Files.createDirectories(png.toAbsolutePath().getParent());
    ImageIO.write(out, "png", png.toFile());
  }
}
