/**
 * Public API: {@code @WorkflowImpl}, {@code @ActivityImpl}, {@code @ActivityStub}, {@code
 * TemporalCustomizer} and {@code TemporalWorkflows}.
 */
@NullMarked
package dev.temporalboot;

import org.jspecify.annotations.NullMarked;
