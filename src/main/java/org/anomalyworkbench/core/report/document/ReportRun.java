package org.anomalyworkbench.core.report.document;

import org.anomalyworkbench.core.training.LossCurve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.anomalyworkbench.core.data.ImageOptions;
import org.anomalyworkbench.core.data.prep.Preparation;
import org.anomalyworkbench.core.data.prep.PreparationConfig;
import org.anomalyworkbench.core.detector.registry.DetectorRegistry;
import org.anomalyworkbench.core.model.ScoredData;
import org.anomalyworkbench.core.model.TrainedModel;
import org.anomalyworkbench.core.scoring.KOfN;
import org.anomalyworkbench.core.training.RunProvenance;

/**
 * One scored run as a report shows it: the data with its scores, how the data was prepared,
 * which detector with which configuration, its training curve, and the decisions at the
 * threshold. Several runs on the same data make a report's comparison section.
 *
 * @param name how the report names the run, e.g. "iforest (cardio-iforest.awm)"
 * @param scored the data with one score (and contributions) per row
 * @param detectorId the detector's id
 * @param detectorName the detector's display name
 * @param config the detector's configuration, name to text value
 * @param preparation the preparation settings, in the order shown
 * @param provenance where the model came from, or {@code null} when unknown
 * @param loss the training curve, or {@code null} when it was not recorded
 * @param threshold rows scoring at or above it are flagged (before any smoothing)
 * @param thresholdOrigin where the threshold came from, e.g. "top 5% of the training data's scores"
 * @param flags the decisions, one per row in file order (after smoothing along a series)
 */
public record ReportRun(
    String name,
    ScoredData scored,
    String detectorId,
    String detectorName,
    Map<String, String> config,
    List<Setting> preparation,
    RunProvenance provenance,
    LossCurve loss,
    double threshold,
    String thresholdOrigin,
    boolean[] flags) {

  public ReportRun {
    Objects.requireNonNull(scored, "scored");
    config = Map.copyOf(config);
    preparation = List.copyOf(preparation);
    if (flags.length != scored.rows()) {
      throw new IllegalArgumentException(flags.length + " decisions for " + scored.rows() + " rows");
    }
  }

  /**
   * A run of a saved or freshly trained model.
   *
   * @param loss the training curve when the caller has it, else {@code null}
   */
  public static ReportRun of(String name, TrainedModel model, ScoredData scored, double threshold, String origin,
      boolean[] flags, LossCurve loss) {
    return new ReportRun(name, scored, model.detectorId(), displayName(model.detectorId()), model.config(),
        preparationOf(model.preparation(), model.kOfN()), model.provenance(), loss != null ? loss : model.lossCurve(),
        threshold, origin, flags);
  }

  /** The number of rows flagged. */
  public int flaggedCount() {
    int n = 0;
    for (boolean f : flags) {
      if (f) {
        n++;
      }
    }
    return n;
  }

  /** The configuration sorted by name, as the report lists it. */
  public Map<String, String> sortedConfig() {
    return new TreeMap<>(config);
  }

  /** The preparation settings of a fitted preparation, in words a reader of the report knows. */
  public static List<Setting> preparationOf(Preparation p, KOfN kOfN) {
    PreparationConfig c = p.config();
    List<Setting> s = new ArrayList<>();
    s.add(new Setting("training rows", String.format(Locale.ROOT, "%,d", p.trainingRows())));
    s.add(new Setting("validation fraction", String.format(Locale.ROOT, "%.2f", c.validationFraction())));
    s.add(new Setting("split seed", Long.toString(c.seed())));
    s.add(new Setting("scaling", c.scaling().name().toLowerCase(Locale.ROOT)));
    if (p.imageOptions().isPresent()) {
      ImageOptions o = p.imageOptions().get();
      s.add(new Setting("images read as", o.width() + " x " + o.height() + ", "
          + o.colour().name().toLowerCase(Locale.ROOT) + ", " + o.fit().name().toLowerCase(Locale.ROOT)));
    } else {
      s.add(new Setting("category levels kept", Integer.toString(c.maxCategoryLevels())));
    }
    if (c.window() > 0) {
      s.add(new Setting("window", c.window() + " points"));
    }
    if (kOfN != null && !kOfN.isOff()) {
      s.add(new Setting("decisions smoothed", kOfN.describe()));
    }
    List<String> names = p.featureNames();
    s.add(new Setting("prepared features", names.size() + (names.isEmpty() ? "" : ": " + abbreviated(names, 12))));
    return s;
  }

  private static String abbreviated(List<String> names, int shown) {
    if (names.size() <= shown) {
      return String.join(", ", names);
    }
    return String.join(", ", names.subList(0, shown)) + ", … (" + (names.size() - shown) + " more)";
  }

  private static String displayName(String id) {
    try {
      return DetectorRegistry.byId(id).displayName();
    } catch (RuntimeException unknown) {
      return id; // a model of a detector this build no longer has still reports under its id
    }
  }
}
