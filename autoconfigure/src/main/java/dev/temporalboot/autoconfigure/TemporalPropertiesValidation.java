package dev.temporalboot.autoconfigure;

import dev.temporalboot.autoconfigure.internal.validation.TemporalPropertiesValidator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Checks {@code temporal.*} when it is bound; imported by every configuration that binds it. */
@Configuration(proxyBeanMethods = false)
class TemporalPropertiesValidation {

  @Bean
  static TemporalPropertiesValidator temporalPropertiesValidator() {
    return new TemporalPropertiesValidator();
  }
}
