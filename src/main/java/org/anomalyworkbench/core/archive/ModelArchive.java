package org.anomalyworkbench.core.archive;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The named entries of a saved model (a zip file): JSON metadata, arrays and DL4J network
 * files. Detectors write their state through a {@link Writer} and read it back through a
 * {@link Reader}; a prefix lets an ensemble nest its members.
 */
public final class ModelArchive {
  /** Shared JSON mapper for metadata entries. */
  public static final ObjectMapper JSON = new ObjectMapper()
      .registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .enable(SerializationFeature.INDENT_OUTPUT);

  /** The least a model file may expand to, whatever its size: 64 MB. */
  public static final long MIN_EXPANDED_BYTES = 64L << 20;
  /**
   * How many times its size a model file may expand to. Arrays and DL4J networks (themselves
   * zips) barely compress; JSON compresses about 10x; a bomb expands 1000x or more.
   */
  public static final int MAX_EXPANSION = 50;

  private ModelArchive() {
  }

  /** The most a model file of {@code fileBytes} may expand to: {@link #MAX_EXPANSION} times, at least 64 MB. */
  public static long expandedLimit(long fileBytes) {
    return Math.max(MIN_EXPANDED_BYTES, MAX_EXPANSION * Math.max(0, fileBytes));
  }

  /**
   * Whether an entry name is one a model file has: the manifest, the score arrays, and what
   * the preparation and the detector wrote under their folders.
   */
  public static boolean isModelEntry(String name) {
    return name.equals("manifest.json") || name.equals("training-scores.bin")
        || name.equals("normal-validation-scores.bin") || name.startsWith("preparation/")
        || name.startsWith("detector/") || name.startsWith("training-curve/");
  }

  /** Collects entries in memory, then writes them as one zip. */
  public static final class Writer {
    private final Map<String, byte[]> entries;
    private final String prefix;

    public Writer() {
      this(new LinkedHashMap<>(), "");
    }

    private Writer(Map<String, byte[]> entries, String prefix) {
      this.entries = entries;
      this.prefix = prefix;
    }

    /** A writer whose entry names all start with {@code name + "/"}. */
    public Writer nested(String name) {
      return new Writer(entries, prefix + name + "/");
    }

    public void putBytes(String name, byte[] bytes) {
      entries.put(prefix + name, bytes.clone());
    }

    public void putJson(String name, Object value) throws IOException {
      entries.put(prefix + name, JSON.writeValueAsBytes(value));
    }

    /** Stores a float array with its length. */
    public void putFloats(String name, float[] values) throws IOException {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream(values.length * 4 + 4);
      try (DataOutputStream out = new DataOutputStream(bytes)) {
        out.writeInt(values.length);
        for (float v : values) {
          out.writeFloat(v);
        }
      }
      entries.put(prefix + name, bytes.toByteArray());
    }

    /** Stores a double array with its length. */
    public void putDoubles(String name, double[] values) throws IOException {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream(values.length * 8 + 4);
      try (DataOutputStream out = new DataOutputStream(bytes)) {
        out.writeInt(values.length);
        for (double v : values) {
          out.writeDouble(v);
        }
      }
      entries.put(prefix + name, bytes.toByteArray());
    }

    /** Writes all entries as a zip to {@code out} (which is not closed). */
    public void writeTo(OutputStream out) throws IOException {
      ZipOutputStream zip = new ZipOutputStream(out);
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue());
        zip.closeEntry();
      }
      zip.finish();
    }
  }

  /** Reads entries of a zip written by {@link Writer}. */
  public static final class Reader {
    private final Map<String, byte[]> entries;
    private final String prefix;

    private Reader(Map<String, byte[]> entries, String prefix) {
      this.entries = entries;
      this.prefix = prefix;
    }

    /**
     * Reads every entry of the zip from {@code in} (e.g. what a {@link Writer} wrote in memory),
     * at most {@link #MIN_EXPANDED_BYTES} in all.
     */
    public static Reader from(InputStream in) throws IOException {
      return read(in, MIN_EXPANDED_BYTES, false);
    }

    /**
     * Reads the zip from {@code in}, a file of {@code fileBytes}: only the entries a model has
     * ({@link #isModelEntry}; others are skipped without being held), and at most
     * {@link #expandedLimit(long)} bytes in all, so that a small file that expands to gigabytes
     * (a compressed bomb) fails before it fills the memory.
     *
     * @throws ZipException when the content expands beyond the cap, or is not a zip
     */
    public static Reader from(InputStream in, long fileBytes) throws IOException {
      return read(in, expandedLimit(fileBytes), ModelArchive::isModelEntry);
    }

    /**
     * Reads the entries {@code keep} accepts from {@code in} (others are skipped without being
     * held), at most {@code limit} bytes in all: for archives other than model files (projects).
     *
     * @throws ZipException when the content expands beyond the cap, an entry's name reaches out
     *     of the archive, or the stream is not a zip
     */
    public static Reader from(InputStream in, long limit, java.util.function.Predicate<String> keep)
        throws IOException {
      return read(in, limit, keep);
    }

    private static Reader read(InputStream in, long limit, boolean modelEntriesOnly) throws IOException {
      return read(in, limit, modelEntriesOnly ? ModelArchive::isModelEntry : name -> true);
    }

    private static Reader read(InputStream in, long limit, java.util.function.Predicate<String> keep)
        throws IOException {
      long total = 0;
      Map<String, byte[]> entries = new LinkedHashMap<>();
      ZipInputStream zip = new ZipInputStream(in);
      ZipEntry e;
      boolean any = false;
      while ((e = zip.getNextEntry()) != null) {
        any = true;
        checkName(e.getName());
        if (e.isDirectory() || !keep.test(e.getName())) {
          continue; // getNextEntry skips the rest of an unread entry without storing it
        }
        byte[] content = readCapped(zip, e.getName(), limit - total, limit);
        total += content.length;
        entries.put(e.getName(), content);
      }
      if (!any) {
        throw new ZipException("not a zip archive");
      }
      return new Reader(entries, "");
    }

    /**
     * Entry names are never used as file paths, but one that would reach out of a folder
     * (absolute, "..", a drive or backslash) is a sign of a crafted file: refuse it by name.
     */
    private static void checkName(String name) throws ZipException {
      boolean escapes = name.isEmpty() || name.startsWith("/") || name.contains("\\") || name.matches("^[A-Za-z]:.*")
          || name.indexOf('\0') >= 0 || java.util.Arrays.asList(name.split("/")).contains("..");
      if (escapes) {
        throw new ZipException("entry '" + name.replace('\0', '?') + "' points outside the archive's folder: the "
            + "file is damaged or was built to write elsewhere");
      }
    }

    private static byte[] readCapped(InputStream in, String name, long room, long limit) throws IOException {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buf = new byte[1 << 16];
      long n = 0;
      int r;
      while ((r = in.read(buf)) > 0) {
        n += r;
        if (n > room) {
          throw new ZipException("entry '" + name + "' expands beyond " + (limit >> 20) + " MB, more than a model "
              + "of this size can hold: the file is damaged or was built to exhaust memory");
        }
        out.write(buf, 0, r);
      }
      return out.toByteArray();
    }

    public Reader nested(String name) {
      return new Reader(entries, prefix + name + "/");
    }

    public boolean has(String name) {
      return entries.containsKey(prefix + name);
    }

    /** Entry names under this reader's prefix, without the prefix. */
    public Set<String> names() {
      Set<String> out = new TreeSet<>();
      for (String k : entries.keySet()) {
        if (k.startsWith(prefix)) {
          out.add(k.substring(prefix.length()));
        }
      }
      return out;
    }

    public byte[] bytes(String name) throws IOException {
      byte[] b = entries.get(prefix + name);
      if (b == null) {
        throw new IOException("model file is missing entry '" + prefix + name + "'");
      }
      return b;
    }

    public InputStream open(String name) throws IOException {
      return new ByteArrayInputStream(bytes(name));
    }

    public <T> T json(String name, Class<T> type) throws IOException {
      return JSON.readValue(bytes(name), type);
    }

    public float[] floats(String name) throws IOException {
      try (DataInputStream in = new DataInputStream(open(name))) {
        float[] v = new float[declaredLength(name, in.readInt(), Float.BYTES)];
        for (int i = 0; i < v.length; i++) {
          v[i] = in.readFloat();
        }
        return v;
      }
    }

    /**
     * The array length an entry declares, checked against the entry's size before anything is
     * allocated: a damaged or crafted length (2^31 - 1) must not allocate gigabytes.
     */
    private int declaredLength(String name, int length, int elementBytes) throws IOException {
      long actual = bytes(name).length - 4L;
      if (length < 0 || (long) length * elementBytes != actual) {
        throw new IOException("entry '" + prefix + name + "' declares " + length + " values of " + elementBytes
            + " bytes but holds " + actual + " bytes");
      }
      return length;
    }

    public double[] doubles(String name) throws IOException {
      try (DataInputStream in = new DataInputStream(open(name))) {
        double[] v = new double[declaredLength(name, in.readInt(), Double.BYTES)];
        for (int i = 0; i < v.length; i++) {
          v[i] = in.readDouble();
        }
        return v;
      }
    }
  }
}
