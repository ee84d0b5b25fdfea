package dev.temporalboot.internal.worker;

import dev.temporalboot.TemporalCustomizer;
import dev.temporalboot.TemporalWorkerCustomizer;
import io.temporal.worker.WorkerOptions;
import io.temporal.worker.WorkflowImplementationOptions;
import java.util.List;
import java.util.Map;

/**
 * The application's customizers of what the workers are built with, each in {@code @Order}.
 *
 * @param workers customizers of every worker's options
 * @param byQueue customizers that know the worker's queue, by bean name; they run after {@code
 *     workers}
 * @param implementations customizers of every workflow implementation's options
 */
public record WorkerCustomizers(
    List<TemporalCustomizer<WorkerOptions.Builder>> workers,
    Map<String, TemporalWorkerCustomizer> byQueue,
    List<TemporalCustomizer<WorkflowImplementationOptions.Builder>> implementations) {}
