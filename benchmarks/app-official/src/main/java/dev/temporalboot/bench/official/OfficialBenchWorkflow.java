package dev.temporalboot.bench.official;

import dev.temporalboot.bench.BenchWorkflowImpl;
import io.temporal.spring.boot.WorkflowImpl;

/** The shared workflow code, found by the official starter's auto-discovery. */
@WorkflowImpl(taskQueues = "${bench.task-queue}")
public class OfficialBenchWorkflow extends BenchWorkflowImpl {}
