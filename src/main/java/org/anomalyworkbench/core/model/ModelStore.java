package org.anomalyworkbench.core.model;

import org.anomalyworkbench.core.archive.AtomicFiles;
import org.anomalyworkbench.core.archive.ModelArchive;
import org.anomalyworkbench.core.archive.ModelFileException;

import com.fasterxml.jackson.core.JacksonException;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipException;
import org.anomalyworkbench.core.data.Schema;
import org.anomalyworkbench.core.data.prep.Preparation;
import org.anomalyworkbench.core.detector.registry.DetectorRegistry;
import org.anomalyworkbench.core.detector.TrainedDetector;
import org.anomalyworkbench.core.scoring.KOfN;
import org.anomalyworkbench.core.scoring.ThresholdPolicy;
import org.anomalyworkbench.core.training.LossCurve;
import org.anomalyworkbench.core.training.RunProvenance;

/**
 * Saves and loads {@link TrainedModel}s as one zip file ({@code .awm}). Saves are atomic;
 * damaged, truncated or foreign files fail fast with a {@link ModelFileException} that says
 * so, instead of a library exception.
 */
public final class ModelStore {
  /** File name extension of model files. */
  public static final String EXTENSION = ".awm";
  static final String FORMAT = "anomaly-workbench-model";
  static final int FORMAT_VERSION = 1;

  private ModelStore() {
  }

  /**
   * The manifest entry: what the model is, readable without loading the detector.
   *
   * @param threshold the threshold policy's text form
   * @param thresholdValue the number that policy gave in training, which new data is flagged
   *     with; null in files saved before thresholds travelled (then resolved at load)
   * @param kOfN the smoothing of decisions along a series, e.g. {@code 3/5}; null in files saved
   *     before it travelled, which read as {@code 1/1} (no smoothing, as they were scored then)
   */
  public record Manifest(
      String format,
      int formatVersion,
      String detectorId,
      Map<String, String> config,
      Schema schema,
      RunProvenance provenance,
      String threshold,
      Double thresholdValue,
      String kOfN) {
  }

  /** Saves {@code model} to {@code file} atomically (temporary file, fsync, rename). */
  public static void save(TrainedModel model, Path file) throws IOException {
    ModelArchive.Writer out = new ModelArchive.Writer();
    write(model, out);
    AtomicFiles.write(file, out::writeTo);
  }

  /** Writes {@code model} into an archive (a model file's root, or a folder of a project file). */
  public static void write(TrainedModel model, ModelArchive.Writer out) throws IOException {
    out.putJson("manifest.json", new Manifest(FORMAT, FORMAT_VERSION, model.detectorId(), model.config(),
        model.schema(), model.provenance(), model.threshold().toText(),
        Double.isFinite(model.thresholdValue()) ? model.thresholdValue() : null, model.kOfN().toText()));
    model.preparation().save(out.nested("preparation"));
    model.detector().save(out.nested("detector"));
    out.putDoubles("training-scores.bin", model.trainingScores());
    out.putDoubles("normal-validation-scores.bin", model.normalValidationScores());
    if (model.lossCurve() != null) {
      out.putDoubles("training-curve/train.bin", model.lossCurve().train());
      out.putDoubles("training-curve/validation.bin", model.lossCurve().validation());
    }
  }

  /** Loads the model file {@code file}; a damaged or foreign file fails with a {@link ModelFileException}. */
  public static TrainedModel load(Path file) {
    return read(readArchive(file), file);
  }

  /**
   * Reads a model written by {@link #write}; {@code file} is the file it came from, named in
   * error messages.
   */
  public static TrainedModel read(ModelArchive.Reader in, Path file) {
    Manifest manifest = readManifest(file, in);
    try {
      Preparation preparation = Preparation.load(in.nested("preparation"));
      TrainedDetector detector = DetectorRegistry.load(manifest.detectorId(), manifest.config(), in.nested("detector"));
      double[] trainingScores = in.doubles("training-scores.bin");
      double[] normalValidation = in.doubles("normal-validation-scores.bin");
      ThresholdPolicy policy = ThresholdPolicy.parse(manifest.threshold());
      double value = manifest.thresholdValue() != null && Double.isFinite(manifest.thresholdValue())
          ? manifest.thresholdValue()
          : TrainedModel.resolveOnStoredScores(policy, trainingScores, normalValidation);
      return new TrainedModel(manifest.schema(), preparation, detector, manifest.config(), manifest.provenance(),
          trainingScores, normalValidation, policy, value,
          manifest.kOfN() == null ? KOfN.OFF : KOfN.parse(manifest.kOfN()), lossCurve(in));
    } catch (IOException | RuntimeException e) {
      throw new ModelFileException(file, "the model file is damaged (" + describe(e)
          + "). Train the model again and save it.", e);
    }
  }

  /** The training curve, or null in files saved before it was kept. */
  private static LossCurve lossCurve(ModelArchive.Reader in) throws IOException {
    if (!in.has("training-curve/train.bin")) {
      return null;
    }
    return new LossCurve(in.doubles("training-curve/train.bin"), in.doubles("training-curve/validation.bin"));
  }

  /** Reads only the manifest, e.g. to show what a file holds. */
  public static Manifest manifest(Path file) {
    return readManifest(file, readArchive(file));
  }

  private static ModelArchive.Reader readArchive(Path file) {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
      return ModelArchive.Reader.from(in, Files.size(file));
    } catch (NoSuchFileException e) {
      throw new ModelFileException(file, "no such file. Check the path.", e);
    } catch (EOFException | ZipException e) {
      throw new ModelFileException(file, "the file is truncated or not a model file (" + describe(e)
          + "). Choose a file saved by Anomaly Workbench (" + EXTENSION + "), or train and save again.", e);
    } catch (IOException e) {
      throw new ModelFileException(file, "cannot be read (" + describe(e) + ").", e);
    } catch (OutOfMemoryError e) {
      throw new ModelFileException(file, "needs more memory than Java may use (" + (Runtime.getRuntime().maxMemory()
          >> 20) + " MB) to read. " + MemoryEstimate.moreMemory(2 * Runtime.getRuntime().maxMemory()) + ".", e);
    }
  }

  private static Manifest readManifest(Path file, ModelArchive.Reader in) {
    if (!in.has("manifest.json")) {
      throw new ModelFileException(file, "not an Anomaly Workbench model (no manifest). Choose a "
          + EXTENSION + " file.", null);
    }
    Manifest m;
    try {
      m = in.json("manifest.json", Manifest.class);
    } catch (JacksonException e) {
      throw new ModelFileException(file, "the model's manifest is damaged (" + e.getOriginalMessage() + ").", e);
    } catch (IOException e) {
      throw new ModelFileException(file, "the model's manifest cannot be read (" + describe(e) + ").", e);
    }
    if (!FORMAT.equals(m.format())) {
      throw new ModelFileException(file, "not an Anomaly Workbench model (format '" + m.format() + "').", null);
    }
    if (m.formatVersion() < 1) {
      throw new ModelFileException(file, "has format version " + m.formatVersion() + ", which no version of "
          + "Anomaly Workbench writes: the file is damaged or was edited. Train the model again and save it.", null);
    }
    if (m.formatVersion() > FORMAT_VERSION) {
      throw new ModelFileException(file, "saved by a newer version of Anomaly Workbench (format "
          + m.formatVersion() + "); update the application to open it.", null);
    }
    if (!DetectorRegistry.ids().contains(m.detectorId())) {
      throw new ModelFileException(file, "uses detector '" + m.detectorId() + "', which this version does not know. "
          + "Known: " + String.join(", ", List.copyOf(DetectorRegistry.ids())) + ".", null);
    }
    return m;
  }

  private static String describe(Exception e) {
    String msg = e.getMessage();
    return e.getClass().getSimpleName() + (msg == null ? "" : ": " + msg);
  }
}
