package dev.temporalboot.bench.harness;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The results as a Markdown table and as key=value lines, the headline ratios last. */
final class Report {

  private Report() {}

  static String table(Results results) {
    StringBuilder table = new StringBuilder("| median | ");
    for (Variant variant : Variant.values()) {
      table.append(variant.label()).append(" | ");
    }
    table.append("Boot / SDK | Boot / official |\n|---|");
    table.append("---:|".repeat(Variant.values().length + 2)).append('\n');
    for (Metric metric : results.all()) {
      table.append("| ").append(metric.label()).append(" (").append(metric.unit()).append(") | ");
      for (Variant variant : Variant.values()) {
        table.append(format(metric.median(variant), 1)).append(" | ");
      }
      table.append(format(metric.bootRatioTo(Variant.SDK), 3)).append(" | ");
      table.append(format(metric.bootRatioTo(Variant.OFFICIAL), 3)).append(" |\n");
    }
    return table.toString();
  }

  static List<String> keyValues(Results results) {
    List<String> lines = new ArrayList<>();
    for (Metric metric : results.all()) {
      for (Variant variant : Variant.values()) {
        lines.add(metric.key() + "_" + variant.key() + "=" + format(metric.median(variant), 1));
      }
    }
    lines.add(ratio("io_throughput_ratio_vs_sdk", results.ioThroughput, Variant.SDK));
    lines.add(ratio("io_throughput_ratio_vs_official", results.ioThroughput, Variant.OFFICIAL));
    lines.add(ratio("throughput_ratio_vs_sdk", results.throughput, Variant.SDK));
    lines.add(ratio("throughput_ratio_vs_official", results.throughput, Variant.OFFICIAL));
    lines.add(ratio("startup_ratio_vs_sdk", results.startup, Variant.SDK));
    lines.add(ratio("startup_ratio_vs_official", results.startup, Variant.OFFICIAL));
    return lines;
  }

  private static String ratio(String key, Metric metric, Variant other) {
    return key + "=" + format(metric.bootRatioTo(other), 3);
  }

  static String format(double value, int decimals) {
    return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%." + decimals + "f", value);
  }
}
