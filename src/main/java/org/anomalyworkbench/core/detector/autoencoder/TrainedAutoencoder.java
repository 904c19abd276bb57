package org.anomalyworkbench.core.detector.autoencoder;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.anomalyworkbench.core.data.PreparedData;
import org.anomalyworkbench.core.detector.ScoreSemantics;
import org.anomalyworkbench.core.detector.Reconstructing;
import org.anomalyworkbench.core.detector.Scores;
import org.anomalyworkbench.core.detector.TrainedDetector;
import org.anomalyworkbench.core.detector.TrainingContext;
import org.anomalyworkbench.core.archive.ModelArchive;
import org.anomalyworkbench.core.training.CombinedProgress;
import org.anomalyworkbench.core.training.ConcurrentTrainings;

/**
 * A fitted {@link AutoencoderDetector}: one or more autoencoders (trained with different seeds)
 * whose mean squared reconstruction errors are averaged, with the contributions averaged the
 * same way so they still add up to the score.
 */
final class TrainedAutoencoder implements TrainedDetector, Reconstructing {
  static final String NETWORK = "network.zip";
  static final String META = "autoencoder.json";

  /** What is saved next to the networks. */
  record Meta(int inputs, double inputClip, int members) {
  }

  private final List<DenseAutoencoder> members;

  TrainedAutoencoder(List<DenseAutoencoder> members) {
    this.members = List.copyOf(members);
  }

  /**
   * Trains {@code config.members()} autoencoders, member i with seed {@code seed + 1000 i}, at
   * the same time (one per CPU, see {@link ConcurrentTrainings}): the members are the same as
   * when trained in turn.
   */
  static TrainedAutoencoder train(PreparedData data, AutoencoderConfig config, TrainingContext context) {
    return train(data, config, context, ConcurrentTrainings.defaultThreads(config.members()));
  }

  /** As {@link #train(PreparedData, AutoencoderConfig, TrainingContext)} with at most {@code threads} at once. */
  static TrainedAutoencoder train(PreparedData data, AutoencoderConfig config, TrainingContext context, int threads) {
    int members = config.members();
    if (members == 1) {
      return new TrainedAutoencoder(List.of(DenseAutoencoder.train(data, config, context)));
    }
    CombinedProgress progress = CombinedProgress.countingAcrossMembers(context.listener(), members,
        (member, message) -> "Member " + (member + 1) + " of " + members + ": " + message);
    List<Callable<DenseAutoencoder>> tasks = new ArrayList<>();
    for (int i = 0; i < members; i++) {
      int index = i;
      tasks.add(() -> {
        context.cancel().throwIfCancelled();
        return DenseAutoencoder.train(data, config, new TrainingContext(context.seed() + 1000L * index,
            progress.forMember(index), context.cancel(), context.validation()));
      });
    }
    return new TrainedAutoencoder(ConcurrentTrainings.runAll(tasks, threads, "autoencoder-member"));
  }

  @Override
  public String detectorId() {
    return AutoencoderDetector.ID;
  }

  /** The members' mean reconstruction, as the score averages their errors. */
  @Override
  public synchronized float[] reconstruct(PreparedData data, int row) {
    float[] out = members.get(0).reconstruct(data, row);
    for (int m = 1; m < members.size(); m++) {
      float[] r = members.get(m).reconstruct(data, row);
      for (int j = 0; j < out.length; j++) {
        out[j] += r[j];
      }
    }
    for (int j = 0; j < out.length; j++) {
      out[j] /= members.size();
    }
    return out;
  }

  @Override
  public synchronized Scores score(PreparedData data) {
    Scores first = members.get(0).scores(data);
    if (members.size() == 1) {
      return first;
    }
    double[] values = first.values().clone();
    float[] contributions = first.contributions().clone();
    for (int m = 1; m < members.size(); m++) {
      Scores s = members.get(m).scores(data);
      for (int r = 0; r < values.length; r++) {
        values[r] += s.value(r);
      }
      float[] c = s.contributions();
      for (int i = 0; i < contributions.length; i++) {
        contributions[i] += c[i];
      }
    }
    int n = members.size();
    for (int r = 0; r < values.length; r++) {
      values[r] /= n;
    }
    for (int i = 0; i < contributions.length; i++) {
      contributions[i] /= n;
    }
    return new Scores(values, contributions, data.featureNames());
  }

  @Override
  public ScoreSemantics semantics() {
    return ScoreSemantics.nonNegative("reconstruction error (MSE)",
        "Mean squared difference between the prepared row and the autoencoder's reconstruction of it"
            + (members.size() > 1 ? ", averaged over " + members.size() + " networks" : "")
            + "; rows unlike the training data reconstruct badly.");
  }

  @Override
  public void save(ModelArchive.Writer out) throws IOException {
    DenseAutoencoder first = members.get(0);
    out.putJson(META, new Meta(first.inputs(), first.clip(), members.size()));
    for (int i = 0; i < members.size(); i++) {
      out.putBytes(entry(i), members.get(i).networkBytes());
    }
  }

  private static String entry(int member) {
    return member == 0 ? NETWORK : "network-" + member + ".zip";
  }

  static TrainedAutoencoder load(ModelArchive.Reader in) throws IOException {
    Meta meta = in.json(META, Meta.class);
    int n = Math.max(1, meta.members());
    List<DenseAutoencoder> members = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      members.add(DenseAutoencoder.fromBytes(in.bytes(entry(i)), entry(i), meta.inputs(), meta.inputClip()));
    }
    return new TrainedAutoencoder(members);
  }
}
