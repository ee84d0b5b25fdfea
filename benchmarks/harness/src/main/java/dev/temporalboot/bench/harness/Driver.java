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
    for (Scenario scenario : scenarios(options)) {
      if (!options.scenarios.contains(scenario.key()) || scenario.repetitions() == 0) {
        continue;
      }
      System.out.println("Scenario " + scenario.label() + " on " + scenario.javaHome());
      runner.throughput(scenario, samples);
    }
    if (options.modeRepetitions > 0) {
      new StartupModes(runner).run(samples);
    }
    for (int size : options.scalingSizes) {
      if (options.scalingRepetitions > 0) {
        System.out.println("Registration scaling: " + size + " generated types");
        runner.scaling(size, samples);
      }
    }
    Results results =
        new Results(
            samples,
            options.scalingRepetitions > 0 ? options.scalingSizes : List.of(),
            options.serverDelayMillis);
    RunInfo info =
        new RunInfo(options, started, Instant.now(), loadBefore, MachineInfo.loadAverage());
    Path markdown = Files.createDirectories(options.outputDir()).resolve("RESULTS.md");
    Path chart = options.outputDir().resolve("results.png");
    ResultsChart.write(results, chart);
    ResultsFile.write(results, info, samples, markdown);
    System.out.println();
    System.out.print(Report.table(results));
    System.out.println();
    System.out.print(Report.observabilityTable(results));
    System.out.println();
    System.out.println("Wrote " + markdown + " and " + chart);
    System.out.println(
        "Took " + info.minutes() + " min; load " + loadBefore + " / " + info.loadAfter());
    for (String line : Report.keyValues(results)) {
      System.out.println(line);
    }
  }

  /** The CPU-bound scenario, the I/O-bound one, and the I/O-bound one on a single core. */
  static List<Scenario> scenarios(BenchOptions options) {
    List<Variant> cpuVariants = new ArrayList<>(options.variants);
    if (options.observability) {
      cpuVariants.addAll(Variant.OBSERVED);
    }
    String io =
        "one " + options.ioSleepMillis + " ms activity, " + options.ioInFlight + " in flight";
    return List.of(
        new Scenario(
            Results.CPU,
            "two short activities, " + options.inFlight + " in flight",
            0,
            options.workflows,
            options.inFlight,
            options.javaHome,
            options.repetitions,
            false,
            false,
            cpuVariants),
        new Scenario(
            Results.IO,
            io,
            options.ioSleepMillis,
            options.ioWorkflows,
            options.ioInFlight,
            options.ioJavaHome,
            options.repetitions,
            false,
            true,
            options.variants),
        new Scenario(
            Results.IO_PINNED,
            io + ", server and worker on CPU 0",
            options.ioSleepMillis,
            options.ioWorkflows,
            options.ioInFlight,
            options.ioJavaHome,
            options.pinnedRepetitions,
            true,
            true,
            options.variants));
  }
}
