package dev.temporalboot.bench.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportTests {

  @Test
  void headlineRatiosComeLastAndAreBootOverTheOthers() {
    List<Sample> samples = new ArrayList<>();
    add(samples, Variant.SDK, Results.CPU, 1000, 500);
    add(samples, Variant.BOOT, Results.CPU, 1500, 490);
    add(samples, Variant.OFFICIAL, Results.CPU, 2000, 400);
    List<String> lines = Report.keyValues(new Results(samples, List.of(), 25));
    List<String> keys = lines.stream().map(line -> line.substring(0, line.indexOf('='))).toList();
    assertEquals(
        List.of(
            "io_throughput_ratio_vs_sdk",
            "io_throughput_ratio_vs_official",
            "io_throughput_ratio_vs_official_pinned",
            "io_server_cpu_share_max",
            "throughput_ratio_vs_sdk",
            "throughput_ratio_vs_official",
            "observability_throughput_ratio",
            "observability_throughput_ratio_default_sampling",
            "observability_worker_cpu_ratio",
            "startup_ratio_vs_sdk",
            "startup_ratio_vs_official",
            "startup_best_ratio_vs_sdk",
            "startup_best_ratio_vs_official",
            "startup_distant_ratio_vs_sdk",
            "startup_distant_ratio_vs_official",
            "registration_cost_ratio_vs_sdk",
            "registration_cost_ratio_vs_official",
            "registration_cost_ratio_spring_aot_vs_sdk",
            "registration_cost_ratio_spring_aot_vs_official"),
        keys.subList(keys.size() - 19, keys.size()));
    assertTrue(lines.contains("throughput_ratio_vs_sdk=0.980"));
    assertTrue(lines.contains("throughput_ratio_vs_official=1.225"));
    assertTrue(lines.contains("startup_ratio_vs_sdk=1.500"));
    assertTrue(lines.contains("startup_ratio_vs_official=0.750"));
    assertTrue(lines.contains("startup_ms_boot=1500.0"));
  }

  @Test
  void bestStartUpIsTheFastestConfigurationOfEachVariant() {
    List<Sample> samples = new ArrayList<>();
    add(samples, Variant.SDK, Results.CPU, 1000, 500);
    add(samples, Variant.BOOT, Results.CPU, 2000, 500);
    add(samples, Variant.OFFICIAL, Results.CPU, 2400, 500);
    add(samples, Variant.SDK, StartupMode.AOT_CACHE.group(), 600, Double.NaN);
    add(samples, Variant.BOOT, StartupMode.AOT_CACHE.group(), 1000, Double.NaN);
    add(samples, Variant.BOOT, StartupMode.SPRING_AOT_AOT_CACHE.group(), 800, Double.NaN);
    add(samples, Variant.OFFICIAL, StartupMode.AOT_CACHE.group(), 1600, Double.NaN);
    Results results = new Results(samples, List.of(), 25);
    List<String> lines = Report.keyValues(results);
    assertTrue(lines.contains("startup_best_ms_boot=800.0"));
    assertTrue(lines.contains("startup_best_from_boot=startup_ms_spring_aot_aot_cache"));
    assertTrue(lines.contains("startup_best_from_sdk=startup_ms_aot_cache"));
    assertTrue(lines.contains("startup_best_ratio_vs_sdk=1.333"));
    assertTrue(lines.contains("startup_best_ratio_vs_official=0.500"));
  }

  @Test
  void startUpWithTheServerFarAwayIsItsOwnRowAndNeverTheBest() {
    List<Sample> samples = new ArrayList<>();
    add(samples, Variant.SDK, StartupMode.AOT_CACHE.group(), 600, Double.NaN);
    add(samples, Variant.BOOT, StartupMode.SPRING_AOT_AOT_CACHE.group(), 800, Double.NaN);
    add(samples, Variant.OFFICIAL, StartupMode.SPRING_AOT_AOT_CACHE.group(), 850, Double.NaN);
    add(samples, Variant.SDK, StartupModes.DISTANT_GROUP, 1000, Double.NaN);
    add(samples, Variant.BOOT, StartupModes.DISTANT_GROUP, 1100, Double.NaN);
    add(samples, Variant.OFFICIAL, StartupModes.DISTANT_GROUP, 1250, Double.NaN);
    Results results = new Results(samples, List.of(), 25);
    List<String> lines = Report.keyValues(results);
    assertEquals(
        "start-up, each one's fastest mode, the server 50 ms away",
        results.startup.distant.label());
    assertTrue(lines.contains("startup_ms_distant_boot=1100.0"));
    assertTrue(lines.contains("startup_distant_ratio_vs_sdk=1.100"));
    assertTrue(lines.contains("startup_distant_ratio_vs_official=0.880"));
    assertTrue(lines.contains("startup_best_ms_boot=800.0"));
  }

  @Test
  void registrationCostIsTheStartUpDifferenceBetweenTheSmallestAndLargestSize() {
    List<Sample> samples = new ArrayList<>();
    add(samples, Variant.SDK, Results.scalingGroup(10), 1000, Double.NaN);
    add(samples, Variant.SDK, Results.scalingGroup(1000), 1400, Double.NaN);
    add(samples, Variant.BOOT, Results.scalingGroup(10), 2000, Double.NaN);
    add(samples, Variant.BOOT, Results.scalingGroup(1000), 2600, Double.NaN);
    add(samples, Variant.OFFICIAL, Results.scalingGroup(10), 2000, Double.NaN);
    add(samples, Variant.OFFICIAL, Results.scalingGroup(1000), 3200, Double.NaN);
    List<String> lines = Report.keyValues(new Results(samples, List.of(10, 1000), 25));
    assertTrue(lines.contains("registration_cost_ms_boot=600.0"));
    assertTrue(lines.contains("registration_cost_ratio_vs_sdk=1.500"));
    assertTrue(lines.contains("registration_cost_ratio_vs_official=0.500"));
  }

  @Test
  void springAotRegistrationCostIsComparedWithTheOfficialInAotModeAndThePlainSdk() {
    List<Sample> samples = new ArrayList<>();
    add(samples, Variant.SDK, Results.scalingGroup(10), 1000, Double.NaN);
    add(samples, Variant.SDK, Results.scalingGroup(1000), 1400, Double.NaN);
    add(samples, Variant.BOOT, Results.scalingGroup(10), 2000, Double.NaN);
    add(samples, Variant.BOOT, Results.scalingGroup(1000), 2600, Double.NaN);
    add(samples, Variant.BOOT, Results.springAotScalingGroup(10), 1500, Double.NaN);
    add(samples, Variant.BOOT, Results.springAotScalingGroup(1000), 1700, Double.NaN);
    add(samples, Variant.OFFICIAL, Results.springAotScalingGroup(10), 1600, Double.NaN);
    add(samples, Variant.OFFICIAL, Results.springAotScalingGroup(1000), 2400, Double.NaN);
    List<String> lines = Report.keyValues(new Results(samples, List.of(10, 1000), 25));
    assertTrue(lines.contains("startup_ms_types_1000_spring_aot_boot=1700.0"));
    assertTrue(lines.contains("startup_ms_types_10_spring_aot_official=1600.0"));
    assertTrue(lines.contains("startup_ms_types_10_spring_aot_sdk=n/a"));
    assertTrue(lines.contains("registration_cost_ms_spring_aot_boot=200.0"));
    assertTrue(lines.contains("registration_cost_ms_boot=600.0"));
    assertTrue(lines.contains("registration_cost_ratio_spring_aot_vs_sdk=0.500"));
    assertTrue(lines.contains("registration_cost_ratio_spring_aot_vs_official=0.250"));
    assertTrue(lines.contains("registration_cost_ratio_vs_official=n/a"));
  }

  @Test
  void observabilityRatioIsOnOverOff() {
    List<Sample> samples = new ArrayList<>();
    samples.add(observed(Variant.BOOT_OBSERVED_OFF, 100, 9000));
    samples.add(observed(Variant.BOOT_OBSERVED_ON, 96, 10000));
    samples.add(observed(Variant.BOOT_OBSERVED_DEFAULT_SAMPLING, 99, 9500));
    Results results = new Results(samples, List.of(), 25);
    List<String> lines = Report.keyValues(results);
    assertTrue(lines.contains("observability_throughput_ratio=0.960"));
    assertTrue(lines.contains("observability_throughput_ratio_default_sampling=0.990"));
    assertTrue(lines.contains("throughput_wfps_boot_observability_default_sampling=99.0"));
    assertTrue(
        Report.observabilityTable(results).contains("| 100.0 | 96.0 | 0.960 | 99.0 | 0.990 |"));
    assertTrue(lines.contains("observability_worker_cpu_ratio=0.900"));
    assertTrue(Report.observabilityTable(results).contains("| 9000 | 10000 | 0.900 | 9500 | |"));
    assertTrue(!Report.table(results).contains("observability"), "only the main variants");
  }

  @Test
  void serverShareMaxIsTheHighestOfAnyIoSampleAndInFlightFiguresAreMedians() {
    List<Sample> samples = new ArrayList<>();
    samples.add(io(Variant.BOOT, Results.IO, 0.20, 400, 380));
    samples.add(io(Variant.OFFICIAL, Results.IO, 0.10, 200, 190));
    samples.add(io(Variant.BOOT, Results.IO_PINNED, 0.35, 400, 370));
    samples.add(io(Variant.BOOT, Results.CPU, 0.90, Double.NaN, Double.NaN));
    Results results = new Results(samples, List.of(), 25);
    List<String> lines = Report.keyValues(results);
    assertTrue(lines.contains("io_server_cpu_share_max=0.350"));
    assertTrue(lines.contains("io_in_flight_peak_official=200.0"));
    assertTrue(lines.contains("io_in_flight_mean_boot=380.0"));
    assertTrue(lines.contains("io_server_cpu_share_boot=0.200"));
  }

  @Test
  void resultsMdListsTheSameHeadlineLinesThePrintedOutputEndsWith() {
    List<Sample> samples = new ArrayList<>();
    add(samples, Variant.SDK, Results.CPU, 1000, 500);
    add(samples, Variant.BOOT, Results.CPU, 1500, 490);
    Results results = new Results(samples, List.of(), 25);
    List<String> lines = Report.keyValues(results);
    List<String> headline = Report.headline(results);
    assertEquals(19, headline.size());
    assertEquals(headline, lines.subList(lines.size() - 19, lines.size()));
  }

  @Test
  void medianOfRepetitionsIsReported() {
    List<Sample> samples = new ArrayList<>();
    for (double rate : new double[] {100, 300, 200}) {
      add(samples, Variant.BOOT, Results.CPU, 1000, rate);
    }
    Results results = new Results(samples, List.of(), 25);
    assertEquals(200, results.throughput.median(Variant.BOOT));
    assertTrue(Double.isNaN(results.throughput.median(Variant.SDK)));
  }

  @Test
  void missingFiguresPrintAsNotAvailable() {
    assertEquals("n/a", Report.format(Double.NaN, 1));
    assertTrue(Report.table(new Results(List.of(), List.of(10), 25)).contains("n/a"));
    assertTrue(
        Report.keyValues(new Results(List.of(), List.of(), 25))
            .contains("startup_best_from_boot=n/a"));
  }

  private static void add(
      List<Sample> samples, Variant variant, String group, double startup, double rate) {
    double nan = Double.NaN;
    samples.add(
        new Sample(variant, group, 0, startup, 200, rate, 300, 1000, 2000, nan, nan, nan, "1.00"));
  }

  private static Sample observed(Variant variant, double rate, double workerCpu) {
    double nan = Double.NaN;
    return new Sample(
        variant, Results.CPU, 0, 2000, 200, rate, 300, workerCpu, 2000, nan, nan, nan, "1.00");
  }

  private static Sample io(Variant variant, String group, double share, double peak, double mean) {
    return new Sample(variant, group, 0, 1000, 200, 20, 300, 1000, 2000, share, peak, mean, "1.00");
  }
}
