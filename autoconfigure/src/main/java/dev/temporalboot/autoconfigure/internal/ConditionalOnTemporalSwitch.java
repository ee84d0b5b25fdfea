package dev.temporalboot.autoconfigure.internal;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Conditional;

/**
 * Matches when Temporal Boot is enabled ({@code temporal.enabled}, on unless set to false) and the
 * given {@code temporal.*} switch is on. Unlike Spring Boot's boolean condition, a value that is
 * neither true nor false (a typo, an unresolved placeholder) fails start-up naming the key, rather
 * than switching the feature off in silence.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@Documented
@Conditional(OnTemporalSwitchCondition.class)
public @interface ConditionalOnTemporalSwitch {

  /**
   * Returns the key of the switch.
   *
   * @return the full key, e.g. {@code temporal.codec-server.enabled}; empty for none but {@code
   *     temporal.enabled}
   */
  String value() default "";

  /**
   * Returns whether the switch is on when its key is not set.
   *
   * @return the default of the switch
   */
  boolean matchIfMissing() default false;
}
