package org.anomalyworkbench.core.project;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.anomalyworkbench.core.archive.AtomicFiles;
import org.anomalyworkbench.core.data.Dataset;
import org.anomalyworkbench.core.model.ModelScorer;
import org.anomalyworkbench.core.training.CancellationToken;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectStoreTest {
  @TempDir
  Path dir;

  @Test
  void aSavedProjectOpensWithEverythingRestoredAndTheSameScores() throws IOException {
    Path csv = ProjectFixture.writeCsv(dir.resolve("data.csv"), 1);
    Path file = dir.resolve("work.awp");
    Project saved = ProjectFixture.projectWithTwoRuns(csv, file, false);
    ProjectStore.save(saved, file, csv);

    Project opened = ProjectStore.load(file);
    assertEquals(saved.data(), opened.data());
    assertEquals(saved.schema(), opened.schema());
    assertEquals(saved.preparation(), opened.preparation());
    assertEquals("isolation-forest", opened.detectorId());
    assertEquals(Map.of("trees", "50"), opened.detectorParams());
    assertEquals(saved.view(), opened.view());
    assertEquals(List.of("run-1", "run-2"), opened.runs().stream().map(Run::id).toList());
    Dataset data = ProjectData.read(opened, csv, CancellationToken.none());
    assertEquals(saved.schema(), data.schema(), "roles and kinds read back as they were");
    for (int i = 0; i < 2; i++) {
      Run before = saved.runs().get(i);
      Run after = opened.runs().get(i);
      assertEquals(before.record(), after.record());
      assertEquals(before.model().thresholdValue(), after.model().thresholdValue());
      assertArrayEquals(ModelScorer.score(before.model(), data, CancellationToken.none()).scores().values(),
          ModelScorer.score(after.model(), data, CancellationToken.none()).scores().values(), 0.0,
          "run " + after.id() + " scores the data exactly as before saving");
    }
    assertTrue(opened.runs().get(1).record().rocAuc() > 0.8, "the labelled anomalies are found");
  }

  @Test
  void anEmbeddedCopyOfTheDataUnpacksIdenticalAndStaysInsideItsFolder() throws IOException {
    Path csv = ProjectFixture.writeCsv(dir.resolve("data.csv"), 2);
    Path file = dir.resolve("embedded.awp");
    ProjectStore.save(ProjectFixture.projectWithTwoRuns(csv, file, true), file, csv);
    Path unpacked = ProjectStore.extractData(file, dir.resolve("unpacked"));
    assertEquals(Files.readString(csv), Files.readString(unpacked));
    assertEquals(DataCheck.Status.UNCHANGED, DataCheck.compare(ProjectStore.load(file).data(), unpacked).status());
  }

  @Test
  void aFailedSaveLeavesTheLastSavedProjectAndTheNextSaveClearsStaleTemporaryFiles() throws IOException {
    Path csv = ProjectFixture.writeCsv(dir.resolve("data.csv"), 3);
    Path file = dir.resolve("work.awp");
    Project p = ProjectFixture.projectWithTwoRuns(csv, file, false);
    ProjectStore.save(p, file, csv);
    byte[] good = Files.readAllBytes(file);

    // A crash mid-save: the embedded copy's source is gone, so writing fails part way.
    Project embedding = p.withData(new DataSource(DataSource.Kind.CSV, p.data().path(), null, 1, "sha256:x", true,
        null, null, null, null, null));
    assertThrows(IOException.class, () -> ProjectStore.save(embedding, file, dir.resolve("gone.csv")));
    assertArrayEquals(good, Files.readAllBytes(file), "the project on disk is the last complete save");

    // A temporary file a killed process left behind is removed by the next save once it is stale.
    Path stale = dir.resolve(".work.awp.5f3a9c.tmp");
    Files.write(stale, new byte[] {1, 2, 3});
    Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minus(AtomicFiles.STALE_AFTER).minusSeconds(5)));
    ProjectStore.save(p.withView(ViewState.empty()), file, csv);
    assertFalse(Files.exists(stale));
    assertEquals(ViewState.empty(), ProjectStore.load(file).view());
  }

  @Test
  void dataThatMovedWithTheProjectIsFoundAndChangedOrMissingDataIsReported() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("study"));
    Path csv = ProjectFixture.writeCsv(folder.resolve("data.csv"), 4);
    Path file = folder.resolve("work.awp");
    ProjectStore.save(ProjectFixture.projectWithTwoRuns(csv, file, false), file, csv);
    assertEquals(DataCheck.Status.UNCHANGED, DataCheck.of(ProjectStore.load(file).data(), file).status());

    Path moved = dir.resolve("moved");
    Files.move(folder, moved);
    Path movedFile = moved.resolve("work.awp");
    DataCheck found = DataCheck.of(ProjectStore.load(movedFile).data(), movedFile);
    assertEquals(DataCheck.Status.UNCHANGED, found.status(), "found beside the project by its relative path");
    assertEquals(moved.resolve("data.csv").toAbsolutePath().normalize(), found.found().toAbsolutePath().normalize());

    Files.writeString(moved.resolve("data.csv"), "id,a\n1,2\n", java.nio.file.StandardOpenOption.APPEND);
    DataCheck changed = DataCheck.of(ProjectStore.load(movedFile).data(), movedFile);
    assertEquals(DataCheck.Status.CHANGED, changed.status());
    assertTrue(changed.difference().contains("size changed from"), changed.difference());

    String content = Files.readString(moved.resolve("data.csv"));
    ProjectFixture.writeCsv(moved.resolve("data.csv"), 4);
    String same = Files.readString(moved.resolve("data.csv")).replaceFirst("north", "south");
    Files.writeString(moved.resolve("data.csv"), same);
    DataCheck edited = DataCheck.of(ProjectStore.load(movedFile).data(), movedFile);
    assertEquals(DataCheck.Status.CHANGED, edited.status(), "same size, one word changed");
    assertTrue(edited.difference().contains("content differs"), edited.difference());
    assertFalse(content.isEmpty());

    Files.delete(moved.resolve("data.csv"));
    DataCheck missing = DataCheck.of(ProjectStore.load(movedFile).data(), movedFile);
    assertEquals(DataCheck.Status.MISSING, missing.status());
    assertTrue(missing.difference().contains("Locate the file"), missing.difference());
  }

  @Test
  void newRunIdsCountOnFromTheLargestAndRemovingTheShownRunClearsTheSelection() throws IOException {
    Path csv = ProjectFixture.writeCsv(dir.resolve("data.csv"), 5);
    Project p = ProjectFixture.projectWithTwoRuns(csv, dir.resolve("p.awp"), false);
    assertEquals("run-3", p.nextRunId());
    Project fewer = p.withoutRun("run-2");
    assertEquals(null, fewer.view().selectedRun());
    Project other = p.withoutRun("run-1");
    assertEquals("run-3", other.nextRunId(), "ids count on from the largest, not from the number of runs");
    assertEquals(List.of("run-2"), other.view().comparedRuns());
  }
}
