package org.anomalyworkbench.core.detector.ensemble;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.anomalyworkbench.core.data.DataKind;
import org.anomalyworkbench.core.data.PreparedData;
import org.anomalyworkbench.core.detector.Detector;
import org.anomalyworkbench.core.detector.DetectorRegistry;
import org.anomalyworkbench.core.detector.TrainedDetector;
import org.anomalyworkbench.core.detector.TrainingContext;
import org.anomalyworkbench.core.project.ModelArchive;
import org.anomalyworkbench.core.training.TrainingListener;
import org.anomalyworkbench.core.training.TrainingProgress;

/**
 * Combines several unsupervised detectors: each member is trained with its defaults, its
 * scores are normalised against its own training scores (rank or z), and the normalised
 * scores are averaged (or the maximum taken). Combining heterogeneous detectors is the most
 * reliable way to do well on unseen data (Aggarwal &amp; Sathe, "Theoretical Foundations and
 * Algorithms for Outlier Ensembles", SIGKDD Explorations 2015; Zimek, Campello &amp; Sander,
 * "Ensembles for unsupervised outlier detection", SIGKDD Explorations 2014).
 */
public final class EnsembleDetector implements Detector<EnsembleConfig> {
  /** Stable id. */
  public static final String ID = "ensemble";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String displayName() {
    return "Ensemble";
  }

  @Override
  public String description() {
    return "Trains several detectors and averages their rank-normalised scores. Usually the most robust "
        + "choice on data you do not know yet; slower to train (the sum of its members).";
  }

  @Override
  public Set<DataKind> accepts() {
    return Set.of(DataKind.TABULAR);
  }

  @Override
  public EnsembleConfig defaultConfig() {
    return new EnsembleConfig(List.of("isolation-forest", "autoencoder", "latent-knn"),
        EnsembleConfig.Normalization.RANK, EnsembleConfig.Combination.MEAN);
  }

  @Override
  public TrainedDetector train(PreparedData data, EnsembleConfig config, TrainingContext context) {
    List<TrainedDetector> members = new ArrayList<>();
    List<ScoreNormalizer> normalizers = new ArrayList<>();
    int count = config.members().size();
    for (int i = 0; i < count; i++) {
      context.cancel().throwIfCancelled();
      String id = config.members().get(i);
      context.listener().onMessage("Ensemble: training member " + (i + 1) + " of " + count + " (" + id + ")");
      TrainingContext memberContext = new TrainingContext(context.seed() + i,
          new MemberProgress(context.listener(), i, count), context.cancel(), context.validation());
      TrainedDetector member = DetectorRegistry.train(id, Map.of(), data, memberContext);
      members.add(member);
      normalizers.add(ScoreNormalizer.fit(config.normalization(), member.score(data).values()));
    }
    return new TrainedEnsemble(config, members, normalizers);
  }

  @Override
  public TrainedDetector load(ModelArchive.Reader in, EnsembleConfig config) throws IOException {
    List<TrainedDetector> members = new ArrayList<>();
    List<ScoreNormalizer> normalizers = new ArrayList<>();
    for (int i = 0; i < config.members().size(); i++) {
      ModelArchive.Reader member = in.nested("member-" + i);
      @SuppressWarnings("unchecked")
      Map<String, String> memberConfig = member.json("config.json", Map.class);
      members.add(DetectorRegistry.load(config.members().get(i), memberConfig, member));
      normalizers.add(ScoreNormalizer.of(config.normalization(), member.doubles("normalizer.bin")));
    }
    return new TrainedEnsemble(config, members, normalizers);
  }

  /** Maps a member's progress onto the whole ensemble's 0..1. */
  private record MemberProgress(TrainingListener target, int index, int count) implements TrainingListener {
    @Override
    public void onProgress(TrainingProgress p) {
      target.onProgress(new TrainingProgress(p.epoch(), p.totalEpochs(), p.iteration(), p.trainLoss(),
          p.validationLoss(), p.samplesPerSecond(), (index + p.fractionDone()) / count, p.epochEnd()));
    }

    @Override
    public void onMessage(String message) {
      target.onMessage(message);
    }
  }
}
