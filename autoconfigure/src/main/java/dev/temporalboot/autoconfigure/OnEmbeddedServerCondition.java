package dev.temporalboot.autoconfigure;

import dev.temporalboot.autoconfigure.TemporalProperties.EmbeddedMode;
import dev.temporalboot.autoconfigure.internal.validation.StrictProperties;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Matches when the embedded server should run: {@code temporal.embedded.enabled} is true, or it is
 * auto (the default) and no {@code temporal.connection.target} is set. A mode that is none of these
 * fails start-up naming the key.
 */
class OnEmbeddedServerCondition extends SpringBootCondition {

  @Override
  public ConditionOutcome getMatchOutcome(
      ConditionContext context, AnnotatedTypeMetadata metadata) {
    Environment environment = context.getEnvironment();
    EmbeddedMode mode =
        StrictProperties.bind(environment, "temporal.embedded.enabled", EmbeddedMode.class);
    if (mode == EmbeddedMode.FALSE) {
      return ConditionOutcome.noMatch("temporal.embedded.enabled is false");
    }
    if (mode == EmbeddedMode.TRUE) {
      return ConditionOutcome.match("temporal.embedded.enabled is true");
    }
    String target = StrictProperties.bind(environment, "temporal.connection.target", String.class);
    if (StringUtils.hasText(target)) {
      return ConditionOutcome.noMatch("temporal.connection.target is set");
    }
    return ConditionOutcome.match("no temporal.connection.target is set");
  }
}
