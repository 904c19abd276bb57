package org.anomalyworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A two-column CSV of seeded Gaussian noise and a {@code zscore} model trained on it through the
 * command line: the smallest real model the {@code score --spark} tests need.
 *
 * @param data the CSV ({@code x1,x2})
 * @param model the saved model
 */
record ZscoreOnNoise(Path data, Path model) {
  static ZscoreOnNoise in(Path dir, int rows) throws IOException {
    Path data = dir.resolve("data.csv");
    List<String> lines = new ArrayList<>(List.of("x1,x2"));
    Random random = new Random(3);
    for (int i = 0; i < rows; i++) {
      lines.add(String.format(Locale.ROOT, "%.4f,%.4f", random.nextGaussian(), random.nextGaussian()));
    }
    Files.write(data, lines);
    Path model = dir.resolve("m.awm");
    CliRun train = CliRun.of("train", "--data", data.toString(), "--detector", "zscore", "--model", model.toString());
    assertEquals(0, train.code(), train.err());
    return new ZscoreOnNoise(data, model);
  }
}
