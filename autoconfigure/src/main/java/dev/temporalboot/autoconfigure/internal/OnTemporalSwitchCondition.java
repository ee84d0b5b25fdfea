package dev.temporalboot.autoconfigure.internal;

import dev.temporalboot.autoconfigure.internal.validation.StrictProperties;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Evaluates {@link ConditionalOnTemporalSwitch}. */
class OnTemporalSwitchCondition extends SpringBootCondition {

  static final String ENABLED = "temporal.enabled";

  @Override
  public ConditionOutcome getMatchOutcome(
      ConditionContext context, AnnotatedTypeMetadata metadata) {
    Map<String, @Nullable Object> attributes =
        Objects.requireNonNull(
            metadata.getAnnotationAttributes(ConditionalOnTemporalSwitch.class.getName()));
    // Both attributes have defaults, so the metadata always holds them.
    String key = (String) Objects.requireNonNull(attributes.get("value"));
    boolean matchIfMissing = (Boolean) Objects.requireNonNull(attributes.get("matchIfMissing"));
    Environment environment = context.getEnvironment();
    if (!isOn(environment, ENABLED, true)) {
      return ConditionOutcome.noMatch(ENABLED + " is false");
    }
    if (key.isEmpty()) {
      return ConditionOutcome.match(ENABLED + " is on");
    }
    boolean on = isOn(environment, key, matchIfMissing);
    return new ConditionOutcome(on, key + (on ? " is on" : " is off"));
  }

  private static boolean isOn(Environment environment, String key, boolean ifMissing) {
    Boolean value = StrictProperties.bind(environment, key, Boolean.class);
    return (value != null) ? value : ifMissing;
  }
}
