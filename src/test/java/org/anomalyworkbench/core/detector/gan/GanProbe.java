package org.anomalyworkbench.core.detector.gan;

import java.util.Map;
import org.anomalyworkbench.core.data.PreparedData;
import org.anomalyworkbench.core.detector.ConfigBinder;
import org.anomalyworkbench.core.detector.CorrelatedAnomalies;
import org.anomalyworkbench.core.detector.TrainingContext;
import org.anomalyworkbench.core.detector.dl4j.DeepDetectorChecks;
import org.anomalyworkbench.core.training.TrainingListener;
import org.anomalyworkbench.core.training.TrainingProgress;

/** Development tool (not a test): prints the figures the margins in {@link GanDetectorTest} rest on. */
public final class GanProbe {
  private GanProbe() {
  }

  public static void main(String[] args) {
    GanDetector detector = new GanDetector();
    GanConfig small = ConfigBinder.bind(GanConfig.defaults(), Map.of("epochs", "30", "patience", "0", "minSteps", "0"));
    for (long seed : new long[] {1, 2}) {
      PreparedData data = CorrelatedAnomalies.standard(1500, seed);
      TrainedGan trained = (TrainedGan) detector.train(data.withoutLabels(), small, TrainingContext.seeded(1));
      TrainedGan untrained = (TrainedGan) detector.train(data.withoutLabels(), DeepDetectorChecks.untrained(small),
          TrainingContext.seeded(1));
      StringBuilder line = new StringBuilder("data seed " + seed + ":");
      for (GanConfig.Score s : GanConfig.Score.values()) {
        line.append(String.format(" %s trained %.3f untrained %.3f;", s,
            DeepDetectorChecks.auc(trained.withScore(s).score(data), data),
            DeepDetectorChecks.auc(untrained.withScore(s).score(data), data)));
      }
      System.out.println(line + String.format(" ||x||^2 %.3f", CorrelatedAnomalies.squaredNormAuc(data)));
    }
    PreparedData rows = DeepDetectorChecks.standardized(org.anomalyworkbench.core.data.SyntheticData.matrix(1500, 8,
        0.05, 11)).slice(0, 1000);
    for (String lr : new String[] {"10", "1", "0.1", "0.001"}) {
      System.out.println("learning rate " + lr + ":");
      try {
        detector.train(rows, ConfigBinder.bind(small, Map.of("epochs", "10", "learningRate", lr)),
            new TrainingContext(1, new TrainingListener() {
              @Override
              public void onProgress(TrainingProgress p) {
                if (p.epochEnd()) {
                  System.out.printf("  epoch %d G %.4g D %.4g%n", p.epoch(), p.namedLosses().get(0).value(),
                      p.namedLosses().get(1).value());
                }
              }

              @Override
              public void onMessage(String m) {
                System.out.println("  message: " + m);
              }
            }, null, null));
      } catch (RuntimeException e) {
        System.out.println("  failed: " + e.getMessage());
      }
    }
  }
}
