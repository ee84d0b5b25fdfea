package dev.temporalboot.bench.harness;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The start-up rows: plain on both JDKs, each start-up mode, the best of them per variant, the
 * registration scaling sizes, and the cost of the types between the smallest and largest size.
 */
final class StartupResults {

  final Metric plain;
  final Metric plainIoJdk;
  final List<Metric> modes = new ArrayList<>();
  final Metric best;

  /** Each one's fastest mode again, with the server a long round trip away. */
  final Metric distant;

  final List<Metric> scaling = new ArrayList<>();
  final Metric registrationCost;

  /**
   * The scaling sizes in Spring AOT mode, processed with the generated types (Spring apps only).
   */
  final List<Metric> scalingSpringAot = new ArrayList<>();

  final Metric registrationCostSpringAot;
  private final Map<Variant, Metric> bestFrom = new EnumMap<>(Variant.class);

  StartupResults(Metric.Source source, List<Integer> scalingSizes, int serverDelayMillis) {
    this.plain =
        source.lower(
            "startup_ms", "start-up to first workflow", "ms", Results.CPU, Sample::startupMillis);
    this.plainIoJdk =
        source.lower(
            "startup_ms_io_jdk",
            "start-up to first workflow, I/O-bound scenario's JDK",
            "ms",
            Results.IO,
            Sample::startupMillis);
    for (StartupMode mode : StartupMode.values()) {
      this.modes.add(
          source.lower(
              "startup_ms_" + mode.key().replace('-', '_'),
              "start-up, " + mode.label() + " (I/O-bound scenario's JDK, jars)",
              "ms",
              mode.group(),
              Sample::startupMillis));
    }
    this.best = best();
    this.distant =
        source.lower(
            "startup_ms_distant",
            "start-up, each one's fastest mode, the server " + 2 * serverDelayMillis + " ms away",
            "ms",
            StartupModes.DISTANT_GROUP,
            Sample::startupMillis);
    for (int size : scalingSizes) {
      this.scaling.add(
          source.lower(
              "startup_ms_types_" + size,
              "start-up, " + size + " generated types",
              "ms",
              Results.scalingGroup(size),
              Sample::startupMillis));
      this.scalingSpringAot.add(
          source.lower(
              "startup_ms_types_" + size + "_spring_aot",
              "start-up, " + size + " generated types, Spring AOT",
              "ms",
              Results.springAotScalingGroup(size),
              Sample::startupMillis));
    }
    this.registrationCost =
        registrationCost("registration_cost_ms", "", this.scaling, scalingSizes);
    this.registrationCostSpringAot =
        registrationCost(
            "registration_cost_ms_spring_aot", ", Spring AOT", this.scalingSpringAot, scalingSizes);
  }

  private Metric best() {
    List<Metric> candidates = new ArrayList<>(List.of(this.plain, this.plainIoJdk));
    candidates.addAll(this.modes);
    Map<Variant, Double> medians = new EnumMap<>(Variant.class);
    for (Variant variant : Variant.values()) {
      double best = Double.NaN;
      for (Metric candidate : candidates) {
        double value = candidate.median(variant);
        if (!Double.isNaN(value) && (Double.isNaN(best) || value < best)) {
          best = value;
          this.bestFrom.put(variant, candidate);
        }
      }
      medians.put(variant, best);
    }
    return new Metric(
        "startup_best_ms", "start-up, each one's best configuration", "ms", false, medians);
  }

  private static Metric registrationCost(
      String key, String mode, List<Metric> scaling, List<Integer> sizes) {
    Map<Variant, Double> medians = new EnumMap<>(Variant.class);
    String label = "registration cost" + mode + " (start-up with most types minus fewest)";
    if (scaling.size() < 2) {
      for (Variant variant : Variant.values()) {
        medians.put(variant, Double.NaN);
      }
    } else {
      Metric fewest = scaling.get(0);
      Metric most = scaling.get(scaling.size() - 1);
      label =
          "registration cost of "
              + (sizes.get(sizes.size() - 1) - sizes.get(0))
              + " more types"
              + mode
              + " (start-up difference)";
      for (Variant variant : Variant.values()) {
        medians.put(variant, most.median(variant) - fewest.median(variant));
      }
    }
    return new Metric(key, label, "ms", false, medians);
  }

  /**
   * Temporal Boot's registration cost in Spring AOT mode over the other's in its best registration
   * configuration: Spring AOT for the official starter, plain for the bare SDK, which has no AOT
   * mode.
   */
  double springAotRegistrationRatio(Variant other) {
    Metric theirs = other.isSpring() ? this.registrationCostSpringAot : this.registrationCost;
    return Stats.ratio(this.registrationCostSpringAot.median(Variant.BOOT), theirs.median(other));
  }

  /** The row the variant's best start-up came from, or null where it has none. */
  Metric bestFrom(Variant variant) {
    return this.bestFrom.get(variant);
  }

  List<Metric> all() {
    List<Metric> all = new ArrayList<>(List.of(this.plain, this.plainIoJdk));
    all.addAll(this.modes);
    all.add(this.best);
    all.add(this.distant);
    all.addAll(this.scaling);
    all.add(this.registrationCost);
    all.addAll(this.scalingSpringAot);
    all.add(this.registrationCostSpringAot);
    return all;
  }
}
