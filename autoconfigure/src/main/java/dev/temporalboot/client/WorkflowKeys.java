package dev.temporalboot.client;

import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName.Form;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.IterableConfigurationPropertySource;
import org.springframework.core.env.Environment;

/**
 * Lists the keys under {@code temporal.workflows} as written in the environment. The binder drops
 * an entry none of whose properties it knows, such as the unbracketed {@code
 * temporal.workflows.com.acme.OrderWorkflow.task-queue} (bound as key {@code com}): listing the
 * keys lets such an entry be reported rather than silently ignored.
 */
final class WorkflowKeys {

  private static final ConfigurationPropertyName PREFIX =
      ConfigurationPropertyName.of("temporal.workflows");

  private WorkflowKeys() {}

  static Set<String> inEnvironment(Environment environment) {
    Set<String> keys = new LinkedHashSet<>();
    for (ConfigurationPropertySource source : ConfigurationPropertySources.get(environment)) {
      if (source instanceof IterableConfigurationPropertySource iterable) {
        iterable.stream()
            .filter(PREFIX::isAncestorOf)
            .forEach(
                (name) -> keys.add(name.getElement(PREFIX.getNumberOfElements(), Form.ORIGINAL)));
      }
    }
    return keys;
  }
}
