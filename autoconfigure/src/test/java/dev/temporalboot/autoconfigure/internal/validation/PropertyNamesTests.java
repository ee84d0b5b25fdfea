package dev.temporalboot.autoconfigure.internal.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.IterableConfigurationPropertySource;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** Names in messages keep the user's spelling, where the source keeps it. */
class PropertyNamesTests {

  @Test
  void mapKeysKeepTheirCaseAndDottedKeysTheirBrackets() {
    assertThat(written("temporal.nexus.services.FraudService.endpoint"))
        .isEqualTo("temporal.nexus.services.FraudService.endpoint");
    assertThat(written("temporal.activities[com.acme.PaymentActivities].local"))
        .isEqualTo("temporal.activities[com.acme.PaymentActivities].local");
    assertThat(written("temporal.workers[0].task-queue"))
        .isEqualTo("temporal.workers[0].task-queue");
  }

  @Test
  void anEnvironmentVariableKeepsSpringsCanonicalForm() {
    StandardEnvironment environment = new StandardEnvironment();
    environment
        .getPropertySources()
        .addFirst(
            new SystemEnvironmentPropertySource(
                "env", Map.of("TEMPORAL_NEXUS_SERVICES_FRAUDSERVICE_ENDPOINT", "fraud")));
    var source = ConfigurationPropertySources.get(environment).iterator().next();
    var property =
        source.getConfigurationProperty(
            ConfigurationPropertyName.of("temporal.nexus.services.fraudservice.endpoint"));
    assertThat(PropertyNames.asWritten(property))
        .isEqualTo("temporal.nexus.services.fraudservice.endpoint");
  }

  private static String written(String key) {
    StandardEnvironment environment = new StandardEnvironment();
    environment.getPropertySources().addFirst(new MapPropertySource("test", Map.of(key, "x")));
    var source =
        (IterableConfigurationPropertySource)
            ConfigurationPropertySources.get(environment).iterator().next();
    ConfigurationPropertyName name = source.iterator().next();
    return PropertyNames.asWritten(source.getConfigurationProperty(name));
  }
}
