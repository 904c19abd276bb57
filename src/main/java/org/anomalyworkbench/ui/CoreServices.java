package org.anomalyworkbench.ui;

import java.util.List;
import org.anomalyworkbench.ui.task.FxTaskRunner;

/** The app's services, backed by the core library. */
final class CoreServices {
  private CoreServices() {
  }

  static Services create() {
    return new Services(new FxTaskRunner(),
        (file, cancel, progress) -> {
          throw new UnsupportedOperationException("CSV import lands with core.data.csv");
        },
        List.of(),
        (d, p, l, c) -> {
          throw new UnsupportedOperationException("training lands with core.project");
        },
        (s, p, d) -> {
          throw new IllegalArgumentException("threshold policies land with core.scoring");
        },
        (r, t, out) -> {
          throw new java.io.IOException("export lands with core.report");
        },
        () -> "CPU", AppPreferences.defaultNode());
  }
}
