package org.anomalyworkbench.core.model;

import org.anomalyworkbench.core.archive.ModelArchive;
import org.anomalyworkbench.core.archive.ModelFileException;
import org.anomalyworkbench.core.pipeline.TrainingPipeline;
import org.anomalyworkbench.core.pipeline.TrainingRequest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.anomalyworkbench.core.data.SyntheticData;
import org.anomalyworkbench.core.data.prep.PreparationConfig;
import org.anomalyworkbench.core.scoring.ThresholdPolicy;
import org.anomalyworkbench.core.training.CancellationToken;
import org.anomalyworkbench.core.training.TrainingListener;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11, item 11 and "formatVersion -7": small crafted model files that declare huge sizes
 * or expand enormously fail with a message before allocating, and nonsense versions are refused.
 */
class HostileModelFileTest {
  @TempDir
  Path dir;

  private Path model;

  @BeforeEach
  void saveAModel() throws Exception {
    var result = TrainingPipeline.train(SyntheticData.dataset("s", 300, 3, 0.05, 3),
        new TrainingRequest("zscore", Map.of(), PreparationConfig.defaults(), 1, ThresholdPolicy.parse("sd:3")),
        TrainingListener.NONE, CancellationToken.none());
    model = dir.resolve("m.awm");
    ModelStore.save(result.model(), model);
  }

  private static Map<String, byte[]> entries(Path file) throws Exception {
    Map<String, byte[]> out = new LinkedHashMap<>();
    try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
      for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
        out.put(e.getName(), zip.readAllBytes());
      }
    }
    return out;
  }

  /** Rewrites the model with {@code edit} applied to its entries; {@code extra} streams one more entry. */
  private Path rewrite(UnaryOperator<Map<String, byte[]>> edit, String extraName, long extraZeros) throws Exception {
    Map<String, byte[]> e = edit.apply(entries(model));
    Path out = dir.resolve("crafted.awm");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(out))) {
      for (var en : e.entrySet()) {
        zip.putNextEntry(new ZipEntry(en.getKey()));
        zip.write(en.getValue());
        zip.closeEntry();
      }
      if (extraName != null) {
        zip.putNextEntry(new ZipEntry(extraName));
        byte[] zeros = new byte[1 << 20];
        for (long left = extraZeros; left > 0; left -= zeros.length) {
          zip.write(zeros, 0, (int) Math.min(zeros.length, left));
        }
        zip.closeEntry();
      }
    }
    return out;
  }

  @Test
  void anArrayDeclaringTwoToThe31ElementsFailsWithoutAllocating() throws Exception {
    byte[] lie = ByteBuffer.allocate(12).putInt(Integer.MAX_VALUE).putDouble(1).array();
    Path crafted = rewrite(e -> {
      e.put("training-scores.bin", lie);
      return e;
    }, null, 0);
    assertTrue(Files.size(crafted) < 64 * 1024);
    ModelFileException ex = assertThrows(ModelFileException.class, () -> ModelStore.load(crafted));
    assertEquals("crafted.awm: the model file is damaged (IOException: entry 'training-scores.bin' declares "
        + "2147483647 values of 8 bytes but holds 8 bytes). Train the model again and save it.", ex.getMessage());
  }

  @Test
  void aCompressedBombInAModelEntryStopsAtTheCap() throws Exception {
    Path crafted = rewrite(e -> e, "detector/bomb.bin", ModelArchive.MIN_EXPANDED_BYTES + (1 << 20));
    assertTrue(Files.size(crafted) < 1 << 20, "a small file: " + Files.size(crafted));
    ModelFileException ex = assertThrows(ModelFileException.class, () -> ModelStore.load(crafted));
    assertTrue(ex.getMessage().startsWith("crafted.awm: the file is truncated or not a model file (ZipException: "
        + "entry 'detector/bomb.bin' expands beyond 64 MB, more than a model of this size can hold"), ex.getMessage());
  }

  @Test
  void unknownEntriesAreSkippedWithoutBeingHeld() throws Exception {
    Path crafted = rewrite(e -> e, "notes/huge.bin", ModelArchive.MIN_EXPANDED_BYTES + (1 << 20));
    TrainedModel loaded = ModelStore.load(crafted);
    assertEquals("zscore", loaded.detectorId());
    try (InputStream in = Files.newInputStream(crafted)) {
      assertTrue(ModelArchive.Reader.from(in, Files.size(crafted)).names().stream()
          .noneMatch(n -> n.startsWith("notes/")));
    }
  }

  @Test
  void theCapGrowsWithTheFileButNeverBelow64Mb() {
    assertEquals(64L << 20, ModelArchive.expandedLimit(1024));
    assertEquals(50L * (10 << 20), ModelArchive.expandedLimit(10 << 20));
  }

  @Test
  void aNegativeFormatVersionIsRefused() throws Exception {
    Path crafted = rewrite(e -> {
      String m = new String(e.get("manifest.json"), StandardCharsets.UTF_8);
      e.put("manifest.json", m.replaceFirst("\"formatVersion\" : 1", "\"formatVersion\" : -7")
          .getBytes(StandardCharsets.UTF_8));
      return e;
    }, null, 0);
    ModelFileException ex = assertThrows(ModelFileException.class, () -> ModelStore.load(crafted));
    assertEquals("crafted.awm: has format version -7, which no version of Anomaly Workbench writes: the file is "
        + "damaged or was edited. Train the model again and save it.", ex.getMessage());
  }
}
