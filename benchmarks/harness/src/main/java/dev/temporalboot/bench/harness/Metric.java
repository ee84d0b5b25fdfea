package dev.temporalboot.bench.harness;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * One row of the results: a figure taken from the samples of one group, as a median per variant.
 *
 * @param key prefix of its key=value lines, such as {@code startup_ms}
 * @param label the row's name in tables and the chart
 * @param unit shown after the label
 * @param higherIsBetter whether more is better (throughput) or less (time, memory)
 * @param medians median per variant, NaN where the variant has no samples
 */
record Metric(
    String key, String label, String unit, boolean higherIsBetter, Map<Variant, Double> medians) {

  static Metric of(
      String key,
      String label,
      String unit,
      boolean higherIsBetter,
      List<Sample> samples,
      String group,
      ToDoubleFunction<Sample> figure) {
    Map<Variant, Double> medians = new EnumMap<>(Variant.class);
    for (Variant variant : Variant.values()) {
      List<Double> values = new ArrayList<>();
      for (Sample sample : samples) {
        double value = figure.applyAsDouble(sample);
        if (sample.variant() == variant && sample.group().equals(group) && !Double.isNaN(value)) {
          values.add(value);
        }
      }
      medians.put(variant, values.isEmpty() ? Double.NaN : Stats.median(values));
    }
    return new Metric(key, label, unit, higherIsBetter, medians);
  }

  /** The samples rows are taken from; a shorter way to write {@link #of}. */
  record Source(List<Sample> samples) {

    Metric higher(
        String key, String label, String unit, String group, ToDoubleFunction<Sample> figure) {
      return of(key, label, unit, true, this.samples, group, figure);
    }

    Metric lower(
        String key, String label, String unit, String group, ToDoubleFunction<Sample> figure) {
      return of(key, label, unit, false, this.samples, group, figure);
    }
  }

  double median(Variant variant) {
    return this.medians.get(variant);
  }

  /** Temporal Boot divided by the other variant. */
  double bootRatioTo(Variant other) {
    return Stats.ratio(median(Variant.BOOT), median(other));
  }
}
