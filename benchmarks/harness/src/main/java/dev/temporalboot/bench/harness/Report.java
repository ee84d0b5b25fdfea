package dev.temporalboot.bench.harness;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The results as a Markdown table and as key=value lines, the headline ratios last. */
final class Report {

  private Report() {}

  static String table(Results results) {
    StringBuilder table = new StringBuilder("| median | ");
    for (Variant variant : Variant.MAIN) {
      table.append(variant.label()).append(" | ");
    }
    table.append("Boot / SDK | Boot / official |\n|---|");
    table.append("---:|".repeat(Variant.MAIN.size() + 2)).append('\n');
    for (Metric metric : results.all()) {
      table.append("| ").append(metric.label()).append(" (").append(metric.unit()).append(") | ");
      for (Variant variant : Variant.MAIN) {
        table.append(format(metric.median(variant), decimals(metric))).append(" | ");
      }
      table.append(format(metric.bootRatioTo(Variant.SDK), 3)).append(" | ");
      table.append(format(metric.bootRatioTo(Variant.OFFICIAL), 3)).append(" |\n");
    }
    return table.toString();
  }

  /** Temporal Boot's CPU-bound throughput with observability off, on, and on at 0.1 sampling. */
  static String observabilityTable(Results results) {
    return "| median | Temporal Boot, observability off | on (sampling 1.0) | on / off"
        + " | on (sampling 0.1) | on / off |\n|---|---:|---:|---:|---:|---:|\n"
        + observabilityRow(
            "throughput (wf/s)",
            results.throughput,
            1,
            results.observabilityRatio(),
            results.observabilityDefaultSamplingRatio())
        + observabilityRow(
            "worker CPU per workflow (us), off / on",
            results.workerCpu,
            0,
            results.observabilityWorkerCpuRatio(),
            Double.NaN);
  }

  /** One metric's medians for the three observed variants, with the ratios given. */
  private static String observabilityRow(
      String label, Metric metric, int decimals, double onRatio, double defaultSamplingRatio) {
    return "| "
        + label
        + " | "
        + format(metric.median(Variant.BOOT_OBSERVED_OFF), decimals)
        + " | "
        + format(metric.median(Variant.BOOT_OBSERVED_ON), decimals)
        + " | "
        + format(onRatio, 3)
        + " | "
        + format(metric.median(Variant.BOOT_OBSERVED_DEFAULT_SAMPLING), decimals)
        + " | "
        + (Double.isNaN(defaultSamplingRatio) ? "" : format(defaultSamplingRatio, 3) + " ")
        + "|\n";
  }

  static List<String> keyValues(Results results) {
    List<String> lines = new ArrayList<>();
    for (Metric metric : results.all()) {
      for (Variant variant : Variant.MAIN) {
        lines.add(
            metric.key()
                + "_"
                + variant.key()
                + "="
                + format(metric.median(variant), decimals(metric)));
      }
    }
    for (Variant variant : Variant.OBSERVED) {
      lines.add(
          "throughput_wfps_"
              + variant.key().replace('-', '_')
              + "="
              + format(results.throughput.median(variant), 1));
    }
    for (Variant variant : Variant.MAIN) {
      Metric from = results.startup.bestFrom(variant);
      lines.add("startup_best_from_" + variant.key() + "=" + (from == null ? "n/a" : from.key()));
    }
    lines.addAll(headline(results));
    return lines;
  }

  /** The ratios, and the server's highest CPU share in the I/O-bound runs. */
  static List<String> headline(Results results) {
    List<String> lines = new ArrayList<>();
    lines.add(ratio("io_throughput_ratio_vs_sdk", results.ioThroughput, Variant.SDK));
    lines.add(ratio("io_throughput_ratio_vs_official", results.ioThroughput, Variant.OFFICIAL));
    lines.add(
        ratio(
            "io_throughput_ratio_vs_official_pinned",
            results.ioPinnedThroughput,
            Variant.OFFICIAL));
    lines.add("io_server_cpu_share_max=" + format(results.ioServerShareMax, 3));
    lines.add(ratio("throughput_ratio_vs_sdk", results.throughput, Variant.SDK));
    lines.add(ratio("throughput_ratio_vs_official", results.throughput, Variant.OFFICIAL));
    lines.add("observability_throughput_ratio=" + format(results.observabilityRatio(), 3));
    lines.add(
        "observability_throughput_ratio_default_sampling="
            + format(results.observabilityDefaultSamplingRatio(), 3));
    lines.add("observability_worker_cpu_ratio=" + format(results.observabilityWorkerCpuRatio(), 3));
    lines.add(ratio("startup_ratio_vs_sdk", results.startup.plain, Variant.SDK));
    lines.add(ratio("startup_ratio_vs_official", results.startup.plain, Variant.OFFICIAL));
    lines.add(ratio("startup_best_ratio_vs_sdk", results.startup.best, Variant.SDK));
    lines.add(ratio("startup_best_ratio_vs_official", results.startup.best, Variant.OFFICIAL));
    lines.add(ratio("startup_distant_ratio_vs_sdk", results.startup.distant, Variant.SDK));
    lines.add(
        ratio("startup_distant_ratio_vs_official", results.startup.distant, Variant.OFFICIAL));
    lines.add(
        ratio("registration_cost_ratio_vs_sdk", results.startup.registrationCost, Variant.SDK));
    lines.add(
        ratio(
            "registration_cost_ratio_vs_official",
            results.startup.registrationCost,
            Variant.OFFICIAL));
    for (Variant other : List.of(Variant.SDK, Variant.OFFICIAL)) {
      lines.add(
          "registration_cost_ratio_spring_aot_vs_"
              + other.key()
              + "="
              + format(results.startup.springAotRegistrationRatio(other), 3));
    }
    return lines;
  }

  private static String ratio(String key, Metric metric, Variant other) {
    return key + "=" + format(metric.bootRatioTo(other), 3);
  }

  /** Shares of a core need more digits than rates and times. */
  private static int decimals(Metric metric) {
    return metric.unit().equals("cores") ? 3 : 1;
  }

  static String format(double value, int decimals) {
    return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%." + decimals + "f", value);
  }
}
