package org.anomalyworkbench.core.data.sample;

import java.util.Optional;

/**
 * What unit a numeric time column counts in, judged from the size of its values: epoch seconds
 * (1e8 to 1e10, 1973 to 2286) or epoch milliseconds (1e11 to 1e13). The importer uses it to
 * give such a column the time role; {@link SeriesCheck} to say "every 5 min" instead of
 * "every 300". The ranges do not overlap, so a column is one or the other or neither.
 */
public enum EpochUnit {
  /** Seconds since 1970-01-01 UTC. */
  SECONDS(1e8, 1e10, 1000),
  /** Milliseconds since 1970-01-01 UTC. */
  MILLISECONDS(1e11, 1e13, 1);

  private final double min;
  private final double max;
  private final double millis;

  EpochUnit(double min, double max, double millis) {
    this.min = min;
    this.max = max;
    this.millis = millis;
  }

  /** The unit whose range holds both {@code lowest} and {@code highest}, if one does. */
  public static Optional<EpochUnit> of(double lowest, double highest) {
    for (EpochUnit u : values()) {
      if (lowest >= u.min && highest < u.max) {
        return Optional.of(u);
      }
    }
    return Optional.empty();
  }

  /** Milliseconds in one unit. */
  public double millis() {
    return millis;
  }

  /** "epoch seconds" or "epoch milliseconds". */
  public String label() {
    return this == SECONDS ? "epoch seconds" : "epoch milliseconds";
  }
}
