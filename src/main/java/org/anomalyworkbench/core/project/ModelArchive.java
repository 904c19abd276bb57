package org.anomalyworkbench.core.project;

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

  private ModelArchive() {
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

    /** Reads the whole zip from {@code in}. */
    public static Reader from(InputStream in) throws IOException {
      Map<String, byte[]> entries = new LinkedHashMap<>();
      ZipInputStream zip = new ZipInputStream(in);
      ZipEntry e;
      while ((e = zip.getNextEntry()) != null) {
        entries.put(e.getName(), zip.readAllBytes());
      }
      if (entries.isEmpty()) {
        throw new java.util.zip.ZipException("not a zip archive");
      }
      return new Reader(entries, "");
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
        float[] v = new float[in.readInt()];
        for (int i = 0; i < v.length; i++) {
          v[i] = in.readFloat();
        }
        return v;
      }
    }

    public double[] doubles(String name) throws IOException {
      try (DataInputStream in = new DataInputStream(open(name))) {
        double[] v = new double[in.readInt()];
        for (int i = 0; i < v.length; i++) {
          v[i] = in.readDouble();
        }
        return v;
      }
    }
  }
}
