/**
 * Public API: {@code WorkflowImpl}, {@code ActivityImpl}, {@code ActivityStub}, {@code
 * NexusServiceImpl}, {@code NexusServiceStub}, {@code TemporalCustomizer}, {@code
 * TemporalWorkerCustomizer} and {@code TemporalWorkflows}.
 */
@NullMarked
package dev.temporalboot;

import org.jspecify.annotations.NullMarked;
