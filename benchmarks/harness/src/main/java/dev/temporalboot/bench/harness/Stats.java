package dev.temporalboot.bench.harness;

import java.util.Arrays;
import java.util.Collection;

/** Medians and ratios of repeated measurements. */
final class Stats {

  private Stats() {}

  /** The median; the mean of the middle two for an even count. */
  static double median(Collection<Double> values) {
    if (values.isEmpty()) {
      throw new IllegalArgumentException("no measurements");
    }
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(sorted);
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }

  /** Ours divided by theirs; NaN when theirs is not positive, so a broken run cannot look good. */
  static double ratio(double ours, double theirs) {
    return theirs > 0 ? ours / theirs : Double.NaN;
  }
}
