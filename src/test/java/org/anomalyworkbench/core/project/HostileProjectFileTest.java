package org.anomalyworkbench.core.project;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.anomalyworkbench.core.archive.ModelArchive;
import org.anomalyworkbench.core.model.ModelStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Project files that are damaged, foreign, newer or crafted give a {@link ProjectFileException}
 * that names the file and says what to do: never an OutOfMemoryError, a library exception or a
 * file written outside the folder it belongs in.
 */
class HostileProjectFileTest {
  @TempDir
  Path dir;
  private Path csv;
  private Path good;

  @BeforeEach
  void saveAGoodProject() throws IOException {
    csv = ProjectFixture.writeCsv(dir.resolve("data.csv"), 9);
    good = dir.resolve("good.awp");
    ProjectStore.save(ProjectFixture.projectWithTwoRuns(csv, good, true), good, csv);
  }

  private String refused(Path file) {
    ProjectFileException e = assertThrows(ProjectFileException.class, () -> ProjectStore.load(file));
    assertTrue(e.getMessage().startsWith(file.getFileName() + ": "), e.getMessage());
    return e.getMessage();
  }

  /** The good project with each entry passed through {@code edit} (null drops it), plus {@code extra}. */
  private Path rewritten(String name, UnaryOperator<Entry> edit, Entry... extra) throws IOException {
    Path out = dir.resolve(name);
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(good));
        ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(out))) {
      ZipEntry e;
      while ((e = in.getNextEntry()) != null) {
        Entry changed = edit.apply(new Entry(e.getName(), in.readAllBytes()));
        if (changed != null) {
          put(zip, changed);
        }
      }
      for (Entry x : extra) {
        put(zip, x);
      }
    }
    return out;
  }

  private static void put(ZipOutputStream zip, Entry e) throws IOException {
    zip.putNextEntry(new ZipEntry(e.name()));
    zip.write(e.bytes());
    zip.closeEntry();
  }

  private record Entry(String name, byte[] bytes) {
    String text() {
      return new String(bytes, StandardCharsets.UTF_8);
    }

    Entry withText(String t) {
      return new Entry(name, t.getBytes(StandardCharsets.UTF_8));
    }
  }

  @Test
  void aTruncatedFileIsCalledTruncated() throws IOException {
    byte[] all = Files.readAllBytes(good);
    Path cut = Files.write(dir.resolve("cut.awp"), Arrays.copyOf(all, all.length / 2));
    assertTrue(refused(cut).contains("truncated"));
  }

  @Test
  void aFileThatIsNotAZipOrIsAModelSaysWhatItIs() throws IOException {
    assertTrue(refused(Files.writeString(dir.resolve("text.awp"), "id,a\n1,2\n")).contains("not a project"));
    Path model = dir.resolve("model.awm");
    ModelStore.save(ProjectStore.load(good).runs().get(0).model(), model);
    assertTrue(refused(model).contains("It is a model file"));
    assertTrue(refused(dir.resolve("nowhere.awp")).contains("no such file"));
  }

  @Test
  void aNewerOrNonsenseFormatVersionIsRefusedWithWhatToDo() throws IOException {
    Path newer = rewritten("newer.awp", e -> e.name().equals("project.json")
        ? e.withText(e.text().replace("\"formatVersion\" : 1", "\"formatVersion\" : 7")) : e);
    assertTrue(refused(newer).contains("newer version"));
    Path zero = rewritten("zero.awp", e -> e.name().equals("project.json")
        ? e.withText(e.text().replace("\"formatVersion\" : 1", "\"formatVersion\" : 0")) : e);
    assertTrue(refused(zero).contains("damaged or was edited"));
    Path foreign = rewritten("foreign.awp", e -> e.name().equals("project.json")
        ? e.withText(e.text().replace("anomaly-workbench-project", "something-else")) : e);
    assertTrue(refused(foreign).contains("format 'something-else'"));
  }

  @Test
  void damagedSettingsAndMissingModelsAreNamed() throws IOException {
    Path json = rewritten("json.awp", e -> e.name().equals("project.json") ? e.withText(e.text().substring(0, 40)) : e);
    assertTrue(refused(json).contains("settings are damaged"));
    Path noModel = rewritten("nomodel.awp", e -> e.name().startsWith("runs/run-2/") ? null : e);
    assertTrue(refused(noModel).contains("run 'isolation-forest #2' has no model"));
    Path badRun = rewritten("badrun.awp", e -> e.name().equals("project.json")
        ? e.withText(e.text().replaceFirst("\"flagged\" : \\d+", "\"flagged\" : 999999")) : e);
    assertTrue(refused(badRun).contains("impossible counts"));
  }

  @Test
  void anEntryThatReachesOutOfTheArchiveIsRefusedByName() throws IOException {
    Path escape = rewritten("escape.awp", e -> e, new Entry("data/../../evil.sh", new byte[] {1}));
    assertTrue(refused(escape).contains("'data/../../evil.sh' points outside"));
    Path absolute = rewritten("absolute.awp", e -> e, new Entry("/etc/evil", new byte[] {1}));
    assertTrue(refused(absolute).contains("points outside"));
    assertTrue(Files.notExists(dir.getParent().resolve("evil.sh")));
  }

  @Test
  void aCompressedBombFailsBeforeItFillsTheMemory() throws IOException {
    Path bomb = dir.resolve("bomb.awp");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("project.json"));
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 200; i++) {
        zip.write(zeros); // 200 MB of zeros compress to about 200 KB
      }
      zip.closeEntry();
    }
    Files.write(bomb, bytes.toByteArray());
    assertTrue(refused(bomb).contains("expands beyond"));
  }

  @Test
  void anAbsurdArrayLengthInARunsModelIsRefusedWithoutAllocatingIt() throws IOException {
    Path absurd = rewritten("absurd.awp", e -> {
      if (!e.name().equals("runs/run-1/model/training-scores.bin")) {
        return e;
      }
      byte[] b = e.bytes().clone();
      b[0] = 0x7f;
      b[1] = (byte) 0xff;
      b[2] = (byte) 0xff;
      b[3] = (byte) 0xff;
      return new Entry(e.name(), b);
    });
    String message = refused(absurd);
    assertTrue(message.contains("run 'zscore #1'") && message.contains("declares 2147483647 values"), message);
  }

  @Test
  void tooManyRunsIsRefusedBeforeAnyModelIsRead() throws IOException {
    Path many = rewritten("many.awp", e -> {
      if (!e.name().equals("project.json")) {
        return e;
      }
      try {
        var json = (com.fasterxml.jackson.databind.node.ObjectNode) ModelArchive.JSON.readTree(e.bytes());
        var runs = (com.fasterxml.jackson.databind.node.ArrayNode) json.get("runs");
        var first = (com.fasterxml.jackson.databind.node.ObjectNode) runs.get(0);
        runs.removeAll();
        for (int i = 0; i <= Project.MAX_RUNS; i++) {
          runs.add(first.deepCopy().put("id", "r" + i));
        }
        return new Entry(e.name(), ModelArchive.JSON.writeValueAsBytes(json));
      } catch (IOException x) {
        throw new java.io.UncheckedIOException(x);
      }
    });
    String message = refused(many);
    assertTrue(message.contains("claims 1001 runs"), message);
  }

  @Test
  void unpackingRefusesEntriesThatWouldLandOutsideTheTargetFolder() throws IOException {
    ProjectStore.extractData(good, dir.resolve("ok"));
    assertTrue(Files.exists(dir.resolve("ok/data.csv")));
    Path noCopy = dir.resolve("nocopy.awp");
    ProjectStore.save(ProjectFixture.projectWithTwoRuns(csv, noCopy, false), noCopy, csv);
    ProjectFileException e = assertThrows(ProjectFileException.class,
        () -> ProjectStore.extractData(noCopy, dir.resolve("x")));
    assertTrue(e.getMessage().contains("holds no copy"), e.getMessage());
  }

}
