package org.anomalyworkbench.core.detector.dl4j;

/**
 * The seed handed to a DL4J network configuration for one of our seeds. ND4J's native random
 * generator treats seed 0 as "no seed" (two networks built with {@code .seed(0)} get different
 * weights, measured), so a run started with seed 0 would not repeat; 0 is mapped to a fixed
 * non-zero value and every other seed passes through unchanged.
 */
public final class NetworkSeed {
  /** What seed 0 becomes (any fixed non-zero value). */
  static final long FOR_ZERO = 0x5DEECE66DL;

  private NetworkSeed() {
  }

  /** A seed ND4J honours: {@code seed} itself, or {@link #FOR_ZERO} for 0. */
  public static long of(long seed) {
    return seed == 0 ? FOR_ZERO : seed;
  }
}
