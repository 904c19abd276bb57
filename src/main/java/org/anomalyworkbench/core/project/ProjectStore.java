package org.anomalyworkbench.core.project;

import com.fasterxml.jackson.core.JacksonException;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.anomalyworkbench.core.archive.AtomicFiles;
import org.anomalyworkbench.core.archive.ModelArchive;
import org.anomalyworkbench.core.archive.ModelFileException;
import org.anomalyworkbench.core.data.Schema;
import org.anomalyworkbench.core.data.prep.PreparationConfig;
import org.anomalyworkbench.core.model.ModelStore;
import org.anomalyworkbench.core.model.TrainedModel;
import org.anomalyworkbench.core.pipeline.AppInfo;

/**
 * Saves and opens projects as one zip file ({@code .awp}): {@code project.json} (data source,
 * schema, preparation, detector, run records, view state), each run's model under
 * {@code runs/<id>/model/} in the model file's own layout, and, when asked, a copy of the data
 * under {@code data/}. Saves are atomic ({@link AtomicFiles}: temporary file, fsync, rename;
 * stale temporary files of a crashed save are removed by the next save). Reading is defensive:
 * a newer or unknown format, a truncated file, an entry reaching out of the archive, an entry
 * that expands far beyond the file's size or an absurd array length gives a
 * {@link ProjectFileException} that says what to do.
 */
public final class ProjectStore {
  /** File name extension of project files. */
  public static final String EXTENSION = ".awp";
  static final String FORMAT = "anomaly-workbench-project";
  static final int FORMAT_VERSION = 1;
  /** The largest data copy a project embeds: more belongs beside the project, not in it. */
  public static final long MAX_EMBEDDED_BYTES = 256L << 20;
  private static final String DATA = "data/";

  private ProjectStore() {
  }

  /**
   * The {@code project.json} entry.
   *
   * @param appVersion the version that saved it, for messages
   */
  public record Manifest(
      String format,
      int formatVersion,
      String appVersion,
      Instant saved,
      DataSource data,
      Schema schema,
      PreparationConfig preparation,
      String detectorId,
      Map<String, String> detectorParams,
      List<RunRecord> runs,
      ViewState view) {
  }

  /**
   * Saves {@code project} to {@code file} atomically. With {@code data().embedded()}, the data
   * (a file, or a folder's visible files) is copied in from {@code dataPath}.
   *
   * @param dataPath where the data is now (the embedded copy's source); ignored when not embedded
   */
  public static void save(Project project, Path file, Path dataPath) throws IOException {
    ModelArchive.Writer out = new ModelArchive.Writer();
    List<RunRecord> records = project.runs().stream().map(Run::record).toList();
    out.putJson("project.json", new Manifest(FORMAT, FORMAT_VERSION, AppInfo.version(), Instant.now(),
        project.data(), project.schema(), project.preparation(), project.detectorId(), project.detectorParams(),
        records, project.view()));
    for (Run run : project.runs()) {
      ModelStore.write(run.model(), out.nested("runs/" + run.id() + "/model"));
    }
    if (project.data().embedded()) {
      embed(out, dataPath);
    }
    AtomicFiles.write(file, out::writeTo);
  }

  private static void embed(ModelArchive.Writer out, Path dataPath) throws IOException {
    if (dataPath == null || !Files.exists(dataPath)) {
      throw new IOException("The data to embed is not there (" + dataPath + "); locate it or save without a copy.");
    }
    List<Path> files = Files.isDirectory(dataPath) ? DataFingerprint.filesOf(dataPath) : List.of(dataPath);
    long total = 0;
    for (Path f : files) {
      total += Files.size(f);
    }
    if (total > MAX_EMBEDDED_BYTES) {
      throw new IOException(String.format(java.util.Locale.ROOT, "The data is %,d MB; a project embeds at most %,d MB. "
          + "Save the project without a copy of the data and keep the data beside it.", total >> 20,
          MAX_EMBEDDED_BYTES >> 20));
    }
    for (Path f : files) {
      String name = Files.isDirectory(dataPath)
          ? dataPath.relativize(f).toString().replace('\\', '/')
          : f.getFileName().toString();
      out.putBytes(DATA + name, Files.readAllBytes(f));
    }
  }

  /** Opens {@code file}: the project with every run's model loaded. */
  public static Project load(Path file) {
    ModelArchive.Reader in = readArchive(file);
    Manifest m = readManifest(file, in);
    List<Run> runs = new ArrayList<>();
    for (RunRecord record : m.runs()) {
      String folder = "runs/" + record.id() + "/model";
      if (!in.has(folder + "/manifest.json")) {
        throw new ProjectFileException(file, "run '" + record.name() + "' has no model in the file: the project is "
            + "damaged. Open a backup, or delete the run's line from a copy.", null);
      }
      TrainedModel model;
      try {
        model = ModelStore.read(in.nested(folder), file);
      } catch (ModelFileException e) {
        throw new ProjectFileException(file, "run '" + record.name() + "': " + e.getMessage()
            .substring(e.getMessage().indexOf(':') + 2), e);
      }
      try {
        runs.add(new Run(record, model));
      } catch (IllegalArgumentException e) {
        throw new ProjectFileException(file, e.getMessage() + " The project is damaged.", e);
      }
    }
    try {
      return new Project(m.data(), m.schema(), m.preparation(), m.detectorId(), m.detectorParams(), runs, m.view());
    } catch (IllegalArgumentException e) {
      throw new ProjectFileException(file, e.getMessage() + " The project is damaged.", e);
    }
  }

  /**
   * Writes the embedded copy of the data into {@code folder} and returns the data's path there
   * (the file, or the folder for images). Entries that would land outside {@code folder} are
   * refused.
   */
  public static Path extractData(Path file, Path folder) {
    // Only the settings are needed: loading every run's model here would read them all twice.
    DataSource source = readManifest(file, readArchive(file)).data();
    if (!source.embedded()) {
      throw new ProjectFileException(file, "holds no copy of its data; locate the data instead.", null);
    }
    Path root = folder.toAbsolutePath().normalize();
    Path single = null;
    long limit = ModelArchive.expandedLimit(sizeOf(file));
    long written = 0;
    try (InputStream raw = new BufferedInputStream(Files.newInputStream(file)); ZipInputStream zip = new ZipInputStream(raw)) {
      Files.createDirectories(root);
      ZipEntry e;
      while ((e = zip.getNextEntry()) != null) {
        if (e.isDirectory() || !e.getName().startsWith(DATA)) {
          continue;
        }
        Path target = root.resolve(e.getName().substring(DATA.length())).normalize();
        if (!target.startsWith(root) || target.equals(root)) {
          throw new ProjectFileException(file, "the data entry '" + e.getName() + "' would be written outside "
              + folder + ": the file is damaged or was built to write elsewhere.", null);
        }
        Files.createDirectories(target.getParent());
        try (OutputStream out = Files.newOutputStream(target)) {
          byte[] buf = new byte[1 << 16];
          int r;
          while ((r = zip.read(buf)) > 0) {
            written += r;
            if (written > limit) {
              throw new ProjectFileException(file, "the embedded data expands beyond " + (limit >> 20) + " MB: the "
                  + "file is damaged or was built to fill the disk.", null);
            }
            out.write(buf, 0, r);
          }
        }
        single = target;
      }
    } catch (IOException e) {
      throw new ProjectFileException(file, "the embedded data cannot be unpacked (" + describe(e) + ").", e);
    }
    if (single == null) {
      throw new ProjectFileException(file, "says it holds a copy of its data, but none is there: the file is "
          + "damaged. Locate the data instead.", null);
    }
    return source.kind() == DataSource.Kind.IMAGES ? root : single;
  }

  private static long sizeOf(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new ProjectFileException(file, "cannot be read (" + describe(e) + ").", e);
    }
  }

  private static ModelArchive.Reader readArchive(Path file) {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
      // The embedded data is skipped here (read by extractData when wanted): only settings and models are held.
      return ModelArchive.Reader.from(in, ModelArchive.expandedLimit(Files.size(file)),
          name -> !name.startsWith(DATA));
    } catch (NoSuchFileException e) {
      throw new ProjectFileException(file, "no such file. Check the path.", e);
    } catch (EOFException | ZipException e) {
      throw new ProjectFileException(file, "the file is truncated, damaged or not a project (" + describe(e)
          + "). Choose a " + EXTENSION + " file saved by Anomaly Workbench.", e);
    } catch (IOException e) {
      throw new ProjectFileException(file, "cannot be read (" + describe(e) + ").", e);
    } catch (OutOfMemoryError e) {
      throw new ProjectFileException(file, "needs more memory than Java may use ("
          + (Runtime.getRuntime().maxMemory() >> 20) + " MB) to open.", e);
    }
  }

  private static Manifest readManifest(Path file, ModelArchive.Reader in) {
    if (!in.has("project.json")) {
      String hint = in.has("manifest.json") ? " It is a model file: open it with Score with a saved model." : "";
      throw new ProjectFileException(file, "not an Anomaly Workbench project (no project.json)." + hint, null);
    }
    Manifest m;
    try {
      m = in.json("project.json", Manifest.class);
    } catch (JacksonException e) {
      throw new ProjectFileException(file, "the project's settings are damaged (" + e.getOriginalMessage() + ").", e);
    } catch (IOException e) {
      throw new ProjectFileException(file, "the project's settings cannot be read (" + describe(e) + ").", e);
    }
    if (m == null || !FORMAT.equals(m.format())) {
      throw new ProjectFileException(file, "not an Anomaly Workbench project (format '"
          + (m == null ? null : m.format()) + "').", null);
    }
    if (m.formatVersion() < 1) {
      throw new ProjectFileException(file, "has format version " + m.formatVersion() + ", which no version writes: "
          + "the file is damaged or was edited.", null);
    }
    if (m.formatVersion() > FORMAT_VERSION) {
      throw new ProjectFileException(file, "saved by a newer version of Anomaly Workbench (" + m.appVersion()
          + ", project format " + m.formatVersion() + "); update the application to open it.", null);
    }
    if (m.data() == null || m.schema() == null || m.preparation() == null || m.detectorId() == null) {
      throw new ProjectFileException(file, "the project's settings lack the data, columns, preparation or detector: "
          + "the file is damaged.", null);
    }
    if (m.runs() != null && m.runs().size() > Project.MAX_RUNS) {
      throw new ProjectFileException(file, "claims " + m.runs().size() + " runs, more than a project keeps ("
          + Project.MAX_RUNS + "): the file is damaged or crafted.", null);
    }
    return m.runs() == null ? new Manifest(m.format(), m.formatVersion(), m.appVersion(), m.saved(), m.data(),
        m.schema(), m.preparation(), m.detectorId(), m.detectorParams(), List.of(), m.view()) : m;
  }

  private static String describe(Exception e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
