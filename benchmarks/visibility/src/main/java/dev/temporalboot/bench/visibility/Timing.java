package dev.temporalboot.bench.visibility;

import java.util.Arrays;
import java.util.function.LongSupplier;

/** Wall-clock timing of a call: warm-up rounds, then the median of measured rounds. */
final class Timing {

  private static final int WARM_UP = 10;

  private static final int ROUNDS = 25;

  /** Keeps the calls' results alive so that they cannot be optimized away. */
  private static long sink;

  private Timing() {}

  /** Milliseconds of one call, the first on this data (nothing cached yet). */
  static double once(LongSupplier call) {
    long start = System.nanoTime();
    sink += call.getAsLong();
    return (System.nanoTime() - start) / 1e6;
  }

  /** Median milliseconds per call after warming up. */
  static double msPerCall(LongSupplier call) {
    for (int i = 0; i < WARM_UP; i++) {
      sink += call.getAsLong();
    }
    double[] rounds = new double[ROUNDS];
    for (int i = 0; i < ROUNDS; i++) {
      rounds[i] = once(call);
    }
    Arrays.sort(rounds);
    return rounds[ROUNDS / 2];
  }

  /** The sum of every result, to print nowhere but keep the calls observable. */
  static long sink() {
    return sink;
  }
}
