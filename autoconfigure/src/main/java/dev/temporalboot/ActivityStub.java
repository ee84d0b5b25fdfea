package dev.temporalboot;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Sets activity options in code on a workflow implementation's constructor parameter or field whose
 * type is an {@code @ActivityInterface}; Temporal Boot injects an activity stub there.
 *
 * <p>Values given here win over {@code temporal.activities.<Interface>}, which wins over {@code
 * temporal.activities.default}. Empty attributes leave the value to YAML. Durations use Spring
 * Boot's format ({@code 10s}, {@code 500ms}, {@code PT1M}); placeholders are resolved.
 */
@Target({ElementType.PARAMETER, ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface ActivityStub {

  /**
   * Longest time one attempt may run.
   *
   * @return a duration, or empty
   */
  String startToCloseTimeout() default "";

  /**
   * Longest time the activity may take overall, retries included.
   *
   * @return a duration, or empty
   */
  String scheduleToCloseTimeout() default "";

  /**
   * Longest time a task may wait for a worker.
   *
   * @return a duration, or empty
   */
  String scheduleToStartTimeout() default "";

  /**
   * Longest time between heartbeats.
   *
   * @return a duration, or empty
   */
  String heartbeatTimeout() default "";

  /**
   * Task queue the activities run on.
   *
   * @return a task queue, or empty
   */
  String taskQueue() default "";

  /**
   * Most attempts, the first included; 0 means unlimited.
   *
   * @return a number, or empty
   */
  String maximumAttempts() default "";

  /**
   * Exceptions that are never retried, added to those from YAML.
   *
   * @return exception classes
   */
  Class<? extends Throwable>[] doNotRetry() default {};

  /**
   * Whether this is a local activity stub.
   *
   * @return true for a local activity stub
   */
  boolean local() default false;
}
