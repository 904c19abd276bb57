package org.anomalyworkbench.examples;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.SplittableRandom;
import javax.imageio.ImageIO;

/**
 * The data of the example projects in {@code projects/}, generated from a seed so that anyone can
 * make it again and see exactly what was planted: card transactions with injected fraud, server
 * metrics with incidents, and images of washers with defects.
 */
final class ExampleData {
  private static final String[] CATEGORIES = {"grocery", "fuel", "restaurant", "online", "travel"};
  private static final double[] CATEGORY_SHARE = {0.35, 0.2, 0.2, 0.2, 0.05};
  private static final double[] CATEGORY_MEDIAN = {35, 55, 28, 45, 320};

  private ExampleData() {
  }

  /**
   * 6,000 card transactions of one customer base: hour, amount, merchant category, distance from
   * home, online and foreign flags. 1.5% are fraud, in three patterns: a large foreign online
   * purchase at night; a normal-sized purchase far from home at night (card skimmed while
   * travelling); and rapid small "test" charges online. {@code fraud} is 1 for those rows.
   */
  static Path cardTransactions(Path file, long seed) throws IOException {
    SplittableRandom r = new SplittableRandom(seed);
    StringBuilder sb = new StringBuilder("transaction_id,hour,amount,category,distance_km,online,foreign,fraud\n");
    for (int i = 0; i < 6000; i++) {
      boolean fraud = r.nextDouble() < 0.015;
      int pattern = r.nextInt(3);
      int c = category(r);
      double hour = clamp(gaussian(r) * 3.5 + (c == 2 ? 19 : 14), 0, 23.99);
      double amount = CATEGORY_MEDIAN[c] * Math.exp(0.5 * gaussian(r));
      double distance = -8 * Math.log(1 - r.nextDouble());
      int online = c == 3 ? 1 : 0;
      int foreign = r.nextDouble() < (c == 4 ? 0.3 : 0.01) ? 1 : 0;
      if (fraud) {
        hour = 1 + 4 * r.nextDouble();
        if (pattern == 0) {
          c = 3;
          online = 1;
          foreign = 1;
          amount = 400 + 1200 * r.nextDouble();
          distance = 0.5 * r.nextDouble();
        } else if (pattern == 1) {
          distance = 800 + 4000 * r.nextDouble();
          foreign = r.nextDouble() < 0.5 ? 1 : 0;
        } else {
          c = 3;
          online = 1;
          amount = 0.5 + 1.5 * r.nextDouble();
          distance = 0.2 * r.nextDouble();
        }
      }
      sb.append(String.format(Locale.ROOT, "T%05d,%.2f,%.2f,%s,%.1f,%d,%d,%d%n", i + 1, hour, amount,
          CATEGORIES[c], distance, online, foreign, fraud ? 1 : 0));
    }
    Files.createDirectories(file.getParent());
    return Files.writeString(file, sb.toString());
  }

  /**
   * Five days of one server's metrics, a point a minute from 2026-05-04 00:00: cpu (%), memory
   * (%), latency (ms) and errors per minute, with a daily load cycle that cpu and latency follow.
   * Four incidents, {@code incident} = 1 inside them: a memory leak (memory climbs for hours,
   * then a restart), a slow database (latency up while cpu stays normal), a runaway process
   * (cpu pinned near 100%) and an error storm.
   */
  static Path serverMetrics(Path file, long seed) throws IOException {
    SplittableRandom r = new SplittableRandom(seed);
    int perDay = 1440;
    int points = 5 * perDay;
    int leakStart = 950;
    int leakEnd = 1400;
    int slowDb = 3100;
    int runaway = 4700;
    int storm = 6400;
    DateTimeFormatter fmt = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
    LocalDateTime t0 = LocalDateTime.of(2026, 5, 4, 0, 0);
    StringBuilder sb = new StringBuilder("timestamp,cpu,memory,latency_ms,errors_per_min,incident\n");
    for (int p = 0; p < points; p++) {
      double day = Math.sin(2 * Math.PI * (p % perDay) / perDay - Math.PI / 2);
      double cpu = 35 + 20 * day + 3 * gaussian(r);
      double memory = 52 + 4 * day + 1.0 * gaussian(r);
      double latency = 80 + 1.2 * cpu + 6 * gaussian(r);
      double errors = Math.max(0, Math.round(0.5 + 0.7 * gaussian(r)));
      int incident = 0;
      if (p >= leakStart && p < leakEnd) {
        memory += 40.0 * (p - leakStart) / (leakEnd - leakStart);
        incident = p > leakStart + 150 ? 1 : 0;
      } else if (p >= slowDb && p < slowDb + 90) {
        latency += 160;
        errors += 2;
        incident = 1;
      } else if (p >= runaway && p < runaway + 120) {
        cpu = 96 + 3 * r.nextDouble();
        latency += 40;
        incident = 1;
      } else if (p >= storm && p < storm + 45) {
        errors += 30 + 10 * r.nextDouble();
        incident = 1;
      }
      sb.append(String.format(Locale.ROOT, "%s,%.1f,%.1f,%.0f,%.0f,%d%n", fmt.format(t0.plusMinutes(p)),
          clamp(cpu, 0, 100), clamp(memory, 0, 100), latency, errors, incident));
    }
    Files.createDirectories(file.getParent());
    return Files.writeString(file, sb.toString());
  }

  /**
   * A folder of 24x24 grey images of washers as a camera on a production line sees them:
   * {@code ok/} 240 rings of slightly varying size and position, {@code defect/} 24 with a
   * notch cut out, a crack, an off-centre hole or a smear.
   */
  static Path washers(Path folder, long seed) throws IOException {
    SplittableRandom r = new SplittableRandom(seed);
    for (int i = 0; i < 240; i++) {
      save(washer(r, -1), folder.resolve("ok").resolve(String.format(Locale.ROOT, "washer-%03d.png", i)));
    }
    for (int i = 0; i < 24; i++) {
      save(washer(r, i % 4), folder.resolve("defect").resolve(String.format(Locale.ROOT, "defect-%02d.png", i)));
    }
    return folder;
  }

  private static BufferedImage washer(SplittableRandom r, int defect) {
    int size = 24;
    BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(new Color(30, 30, 30));
    g.fillRect(0, 0, size, size);
    double cx = 12 + r.nextDouble() - 0.5;
    double cy = 12 + r.nextDouble() - 0.5;
    double outer = 8.5 + 0.6 * r.nextDouble();
    double inner = 3.8 + 0.4 * r.nextDouble();
    int shade = 190 + r.nextInt(30);
    g.setColor(new Color(shade, shade, shade));
    g.fill(new Ellipse2D.Double(cx - outer, cy - outer, 2 * outer, 2 * outer));
    double hx = defect == 2 ? cx + 3 * (r.nextBoolean() ? 1 : -1) : cx;
    double hy = defect == 2 ? cy + 2 * (r.nextBoolean() ? 1 : -1) : cy;
    g.setColor(new Color(30, 30, 30));
    g.fill(new Ellipse2D.Double(hx - inner, hy - inner, 2 * inner, 2 * inner));
    if (defect == 0) {
      double a = 2 * Math.PI * r.nextDouble();
      g.fill(new Ellipse2D.Double(cx + 8 * Math.cos(a) - 3, cy + 8 * Math.sin(a) - 3, 6, 6));
    } else if (defect == 1) {
      g.setStroke(new BasicStroke(1.5f));
      double a = 2 * Math.PI * r.nextDouble();
      g.drawLine((int) (cx + inner * Math.cos(a)), (int) (cy + inner * Math.sin(a)),
          (int) (cx + outer * Math.cos(a)), (int) (cy + outer * Math.sin(a)));
    } else if (defect == 3) {
      g.setColor(new Color(110, 110, 110));
      g.fill(new Ellipse2D.Double(cx - 4 + 6 * r.nextDouble(), cy - 8 + 3 * r.nextDouble(), 7, 5));
    }
    g.dispose();
    return img;
  }

  private static void save(BufferedImage img, Path file) throws IOException {
    Files.createDirectories(file.getParent());
    ImageIO.write(img, "png", file.toFile());
  }

  private static int category(SplittableRandom r) {
    double u = r.nextDouble();
    for (int c = 0; c < CATEGORY_SHARE.length; c++) {
      u -= CATEGORY_SHARE[c];
      if (u < 0) {
        return c;
      }
    }
    return CATEGORY_SHARE.length - 1;
  }

  private static double clamp(double v, double lo, double hi) {
    return Math.max(lo, Math.min(hi, v));
  }

  private static double gaussian(SplittableRandom r) {
    double u = 1.0 - r.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * r.nextDouble());
  }
}
