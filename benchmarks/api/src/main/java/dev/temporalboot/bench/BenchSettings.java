package dev.temporalboot.bench;

/**
 * System properties the driver passes to every variant. Spring variants read them as ordinary
 * property placeholders, the bare SDK variant through {@link System#getProperty(String)}.
 */
public final class BenchSettings {

  /** Server address, host:port. */
  public static final String TARGET = "bench.target";

  /** Task queue of this run; fresh per run so runs never see each other's tasks. */
  public static final String TASK_QUEUE = "bench.task-queue";

  /** Milliseconds each activity call sleeps; 0 for the CPU-bound scenario. */
  public static final String ACTIVITY_SLEEP_MS = "bench.activity-sleep-ms";

  /**
   * File the activities write their in-flight counts to (see {@link InFlightStats}); unset for no
   * counting.
   */
  public static final String STATS_FILE = "bench.stats-file";

  /** Workflow input prefix: the activities skip their sleep (the start-up workflow). */
  public static final String WARM_UP_PREFIX = "warm-up:";

  /** Workflow input prefix: the workflow calls one activity instead of two (I/O-bound runs). */
  public static final String ONE_ACTIVITY_PREFIX = "one-activity:";

  /** Workflow type of {@link BenchWorkflow}, as the driver starts it. */
  public static final String WORKFLOW_TYPE = "BenchWorkflow";

  private BenchSettings() {}

  /**
   * Reads a property every variant needs.
   *
   * @param name the property
   * @return its value
   * @throws IllegalStateException when it is missing
   */
  public static String require(String name) {
    String value = System.getProperty(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException("-D" + name + " is required (benchmarks/run sets it)");
    }
    return value;
  }
}
