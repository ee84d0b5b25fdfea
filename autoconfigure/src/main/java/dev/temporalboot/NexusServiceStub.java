package dev.temporalboot;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Sets Nexus operation options in code on a workflow implementation's constructor parameter or
 * field whose type is a Nexus {@code @Service} interface; Temporal Boot injects a Nexus service
 * stub there.
 *
 * <p>Values given here win over {@code temporal.nexus.services.<Service>}, which wins over {@code
 * temporal.nexus.services.default}. Empty attributes leave the value to YAML. Durations use Spring
 * Boot's format ({@code 10s}, {@code 500ms}, {@code PT1M}); placeholders are resolved.
 */
@Target({ElementType.PARAMETER, ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface NexusServiceStub {

  /**
   * Nexus endpoint the operations are sent to.
   *
   * @return an endpoint name, or empty
   */
  String endpoint() default "";

  /**
   * Longest time an operation may take overall, from scheduling to its result.
   *
   * @return a duration, or empty
   */
  String scheduleToCloseTimeout() default "";

  /**
   * Longest time an operation may wait to be started by the handler.
   *
   * @return a duration, or empty
   */
  String scheduleToStartTimeout() default "";

  /**
   * Longest time an asynchronous operation may run once started.
   *
   * @return a duration, or empty
   */
  String startToCloseTimeout() default "";

  /**
   * What cancelling the calling scope waits for: {@code wait-completed}, {@code wait-requested},
   * {@code try-cancel} or {@code abandon}.
   *
   * @return a cancellation type, or empty
   */
  String cancellationType() default "";

  /**
   * Short text the Temporal UI shows for each operation call.
   *
   * @return a summary, or empty
   */
  String summary() default "";
}
