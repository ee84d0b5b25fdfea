package dev.temporalboot.autoconfigure;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Matches when the embedded server should run: {@code temporal.embedded.enabled} is true, or it is
 * auto (the default) and no {@code temporal.connection.target} is set.
 */
class OnEmbeddedServerCondition extends SpringBootCondition {

  @Override
  public ConditionOutcome getMatchOutcome(
      ConditionContext context, AnnotatedTypeMetadata metadata) {
    Environment environment = context.getEnvironment();
    String mode = environment.getProperty("temporal.embedded.enabled", "auto").trim();
    if (mode.equalsIgnoreCase("false")) {
      return ConditionOutcome.noMatch("temporal.embedded.enabled is false");
    }
    if (mode.equalsIgnoreCase("true")) {
      return ConditionOutcome.match("temporal.embedded.enabled is true");
    }
    if (StringUtils.hasText(environment.getProperty("temporal.connection.target"))) {
      return ConditionOutcome.noMatch("temporal.connection.target is set");
    }
    return ConditionOutcome.match("no temporal.connection.target is set");
  }
}
