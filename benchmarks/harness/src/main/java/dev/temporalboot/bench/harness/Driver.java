package dev.temporalboot.bench.harness;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Entry point of benchmarks/run: runs every scenario, prints the table, writes RESULTS.md and the
 * chart, and prints the key=value lines last.
 */
public final class Driver {

  private Driver() {}

  public static void main(String[] args) throws Exception {
    BenchOptions options = BenchOptions.parse(args);
    String loadBefore = MachineInfo.loadAverage();
    Instant started = Instant.now();
    BenchRunner runner = new BenchRunner(options);
    List<Sample> samples = new ArrayList<>();
    Scenario cpu =
        new Scenario(
            Results.CPU,
            "two short activities, " + options.inFlight + " in flight",
            0,
            options.workflows,
            options.inFlight,
            options.javaHome);
    Scenario io =
        new Scenario(
            Results.IO,
            "two " + options.ioSleepMillis + " ms activities, " + options.ioInFlight + " in flight",
            options.ioSleepMillis,
            options.ioWorkflows,
            options.ioInFlight,
            options.ioJavaHome);
    for (Scenario scenario : List.of(cpu, io)) {
      if (!options.scenarios.contains(scenario.key())) {
        continue;
      }
      System.out.println("Scenario " + scenario.label() + " on " + scenario.javaHome());
      runner.throughput(scenario, samples);
    }
    for (int size : options.scalingSizes) {
      if (options.scalingRepetitions > 0) {
        System.out.println("Registration scaling: " + size + " generated types");
        runner.scaling(size, samples);
      }
    }
    Results results =
        new Results(samples, options.scalingRepetitions > 0 ? options.scalingSizes : List.of());
    RunInfo info =
        new RunInfo(options, started, Instant.now(), loadBefore, MachineInfo.loadAverage());
    Path markdown = Files.createDirectories(options.outputDir()).resolve("RESULTS.md");
    Path chart = options.outputDir().resolve("results.png");
    ResultsChart.write(results, chart);
    ResultsFile.write(results, info, samples, markdown);
    System.out.println();
    System.out.print(Report.table(results));
    System.out.println();
    System.out.println("Wrote " + markdown + " and " + chart);
    for (String line : Report.keyValues(results)) {
      System.out.println(line);
    }
  }
}
