/**
 * Public API: {@code WorkflowImpl}, {@code ActivityImpl}, {@code ActivityStub}, {@code
 * NexusServiceImpl}, {@code NexusServiceStub}, {@code TemporalCustomizer} and {@code
 * TemporalWorkflows}.
 */
@NullMarked
package dev.temporalboot;

import org.jspecify.annotations.NullMarked;
