package dev.temporalboot.bench.boot;

import dev.temporalboot.WorkflowImpl;
import dev.temporalboot.bench.BenchWorkflowImpl;

/** The shared workflow code, registered by Temporal Boot's scanning. */
@WorkflowImpl(taskQueues = "${bench.task-queue}")
public class BootBenchWorkflow extends BenchWorkflowImpl {}
