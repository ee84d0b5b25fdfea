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
    add(samples, Variant.SDK, 1000, 500);
    add(samples, Variant.BOOT, 1500, 490);
    add(samples, Variant.OFFICIAL, 2000, 400);
    List<String> lines = Report.keyValues(new Results(samples, List.of()));
    List<String> last = lines.subList(lines.size() - 4, lines.size());
    assertEquals(
        List.of(
            "throughput_ratio_vs_sdk=0.980",
            "throughput_ratio_vs_official=1.225",
            "startup_ratio_vs_sdk=1.500",
            "startup_ratio_vs_official=0.750"),
        last);
    assertTrue(lines.contains("startup_ms_boot=1500.0"));
  }

  @Test
  void medianOfRepetitionsIsReported() {
    List<Sample> samples = new ArrayList<>();
    for (double rate : new double[] {100, 300, 200}) {
      add(samples, Variant.BOOT, 1000, rate);
    }
    Results results = new Results(samples, List.of());
    assertEquals(200, results.throughput.median(Variant.BOOT));
    assertTrue(Double.isNaN(results.throughput.median(Variant.SDK)));
  }

  @Test
  void missingFiguresPrintAsNotAvailable() {
    assertEquals("n/a", Report.format(Double.NaN, 1));
    assertTrue(Report.table(new Results(List.of(), List.of(10))).contains("n/a"));
  }

  private static void add(List<Sample> samples, Variant variant, double startup, double rate) {
    samples.add(new Sample(variant, Results.CPU, 0, startup, 200, rate, 300, 1000, 2000, "1.00"));
  }
}
