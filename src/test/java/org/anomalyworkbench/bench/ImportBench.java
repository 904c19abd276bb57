package org.anomalyworkbench.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.anomalyworkbench.core.data.Dataset;
import org.anomalyworkbench.core.data.csv.CsvImportOptions;
import org.anomalyworkbench.core.data.csv.CsvImporter;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.columns.Column;

/**
 * Times {@link CsvImporter#read} on a 1M x 20 numeric CSV (not a test; run by hand).
 *
 * <p>Usage: {@code ImportBench [file] [warm runs] [threads] [app]}; with {@code app} the
 * importer's Tablesaw warm-up runs and finishes before the first timed read, as in the
 * application (which starts it at launch), so the "fresh" read then has a cold JIT but no
 * Tablesaw initialisation. The file is generated (seeded) when
 * it does not exist: a header {@code x1..x20}, then Gaussian values with 6 decimals at
 * per-column scales (like sensor data), about 210 MB. The first read is the fresh-JVM time
 * (JVM start to here is printed too); then {@code warm runs} more reads. Prints rows/s,
 * peak heap (sum of the heap pools' peaks: an upper bound, garbage included), peak RSS, and
 * the sum of each column (to compare with pandas on the same file).
 */
public final class ImportBench {
  private static final int ROWS = 1_000_000;
  private static final int COLS = 20;

  private ImportBench() {
  }

  public static void main(String[] args) throws IOException {
    long jvmStartMs = ManagementFactory.getRuntimeMXBean().getUptime();
    Path file = Path.of(args.length > 0 ? args[0] : System.getProperty("java.io.tmpdir") + "/awb-bench/numeric-1m-20.csv");
    int warmRuns = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    int threads = args.length > 2 ? Integer.parseInt(args[2]) : 0;
    if (!Files.exists(file)) {
      generate(file);
      System.out.println("generated " + file + " (" + Files.size(file) / 1_000_000 + " MB)");
    }
    CsvImportOptions options = CsvImportOptions.defaults().withParseThreads(threads);
    if (args.length > 3 && args[3].equals("app")) {
      CsvImporter.warmUp();
      // Blocks until the warm-up thread has finished initialising the class.
      tech.tablesaw.api.Table.create("warm");
    }
    long t0 = System.nanoTime();
    long cpu0 = cpuNanos();
    Dataset d = CsvImporter.read(file, options);
    double fresh = (System.nanoTime() - t0) / 1e9;
    System.out.printf("fresh: %.3f s  %.0f rows/s  cpu %.3f s  (JVM up %.3f s before the read)  peak heap %d MB  peak RSS %d MB%n",
        fresh, d.rows() / fresh, (cpuNanos() - cpu0) / 1e9, jvmStartMs / 1e3, peakHeapMb(), peakRssMb());
    System.out.println("checksum " + checksum(d));
    if (Boolean.getBoolean("bench.threadCpu")) {
      printThreadCpu();
    }
    for (int i = 0; i < warmRuns; i++) {
      d = null;
      System.gc();
      long t = System.nanoTime();
      long cpu = cpuNanos();
      d = CsvImporter.read(file, options);
      double s = (System.nanoTime() - t) / 1e9;
      System.out.printf("warm %d: %.3f s  %.0f rows/s  cpu %.3f s%n", i + 1, s, d.rows() / s, (cpuNanos() - cpu) / 1e9);
    }
    System.out.printf("peak heap %d MB, peak RSS %d MB%n", peakHeapMb(), peakRssMb());
  }

  /** Sum of all values per column, rounded, to check that pandas read the same numbers. */
  private static String checksum(Dataset d) {
    StringBuilder sb = new StringBuilder();
    for (Column<?> c : d.table().columns()) {
      double sum = 0;
      DoubleColumn dc = (DoubleColumn) c;
      for (int i = 0; i < dc.size(); i++) {
        sum += dc.getDouble(i);
      }
      sb.append(String.format(java.util.Locale.ROOT, "%.3f ", sum));
    }
    return sb.toString().trim();
  }

  /** CPU seconds per thread name (JIT and GC threads included), from /proc; Linux only. */
  private static void printThreadCpu() {
    java.util.Map<String, Double> byName = new java.util.TreeMap<>();
    try (var tasks = Files.list(Path.of("/proc/self/task"))) {
      for (Path t : (Iterable<Path>) tasks::iterator) {
        String stat = Files.readString(t.resolve("stat"));
        String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')).replaceAll("\\d+$", "#");
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        double sec = (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0;
        byName.merge(name, sec, Double::sum);
      }
    } catch (IOException | RuntimeException e) {
      System.out.println("thread CPU not available: " + e);
      return;
    }
    byName.forEach((n, s) -> {
      if (s >= 0.01) {
        System.out.printf("  cpu %-24s %.2f s%n", n, s);
      }
    });
  }

  /** CPU time of the whole process (all threads, JIT and GC included). */
  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  private static long peakHeapMb() {
    long sum = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP && p.getPeakUsage() != null) {
        sum += p.getPeakUsage().getUsed();
      }
    }
    return sum >> 20;
  }

  private static long peakRssMb() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("\\D", "")) >> 10;
        }
      }
    } catch (IOException | RuntimeException e) {
      return -1;
    }
    return -1;
  }

  private static void generate(Path file) throws IOException {
    Files.createDirectories(file.getParent());
    SplittableRandom rnd = new SplittableRandom(20240531L);
    double[] scale = new double[COLS];
    double[] offset = new double[COLS];
    for (int c = 0; c < COLS; c++) {
      scale[c] = Math.pow(10, rnd.nextInt(-1, 4));
      offset[c] = rnd.nextDouble(-100, 100);
    }
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.US_ASCII)) {
      StringBuilder sb = new StringBuilder();
      for (int c = 0; c < COLS; c++) {
        sb.append(c == 0 ? "" : ",").append('x').append(c + 1);
      }
      w.write(sb.append('\n').toString());
      for (int r = 0; r < ROWS; r++) {
        sb.setLength(0);
        for (int c = 0; c < COLS; c++) {
          if (c > 0) {
            sb.append(',');
          }
          appendFixed6(sb, offset[c] + scale[c] * gaussian(rnd));
        }
        w.write(sb.append('\n').toString());
      }
    }
    Files.move(tmp, file);
  }

  /** {@code v} with exactly 6 decimals, without String.format's cost. */
  private static void appendFixed6(StringBuilder sb, double v) {
    long micro = Math.round(v * 1e6);
    if (micro < 0) {
      sb.append('-');
      micro = -micro;
    }
    sb.append(micro / 1_000_000).append('.');
    String frac = Long.toString(micro % 1_000_000);
    for (int i = frac.length(); i < 6; i++) {
      sb.append('0');
    }
    sb.append(frac);
  }

  private static double gaussian(SplittableRandom rnd) {
    double u = 1 - rnd.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rnd.nextDouble());
  }
}
