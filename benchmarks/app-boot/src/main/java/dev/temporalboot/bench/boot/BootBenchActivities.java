package dev.temporalboot.bench.boot;

import dev.temporalboot.ActivityImpl;
import dev.temporalboot.bench.BenchActivitiesImpl;
import org.springframework.stereotype.Component;

/** The shared activity code as a bean Temporal Boot registers. */
@Component
@ActivityImpl(taskQueues = "${bench.task-queue}")
public class BootBenchActivities extends BenchActivitiesImpl {}
