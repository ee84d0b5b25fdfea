package dev.temporalboot.bench.harness;

import java.nio.file.Path;
import java.util.List;

/**
 * A throughput scenario: how long each activity blocks, and the JDK every variant runs it on.
 *
 * @param key short name for keys and files
 * @param label name for tables and the chart
 * @param activitySleepMillis 0 for CPU-bound activities
 * @param workflows how many workflows the measured run completes
 * @param inFlight how many of them are started and unfinished at most
 * @param javaHome the JDK the workers run on
 * @param repetitions how often each variant runs it
 * @param pinned whether server and worker share CPU 0
 * @param oneActivity whether each workflow calls one activity instead of two
 * @param variants the variants that run it
 */
record Scenario(
    String key,
    String label,
    long activitySleepMillis,
    int workflows,
    int inFlight,
    Path javaHome,
    int repetitions,
    boolean pinned,
    boolean oneActivity,
    List<Variant> variants) {}
