package dev.temporalboot.bench.official;

import dev.temporalboot.bench.BenchActivitiesImpl;
import io.temporal.spring.boot.ActivityImpl;
import org.springframework.stereotype.Component;

/** The shared activity code as a bean the official starter registers. */
@Component
@ActivityImpl(taskQueues = "${bench.task-queue}")
public class OfficialBenchActivities extends BenchActivitiesImpl {}
