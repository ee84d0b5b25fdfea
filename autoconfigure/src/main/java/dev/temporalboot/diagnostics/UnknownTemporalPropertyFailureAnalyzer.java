package dev.temporalboot.diagnostics;

import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.bind.UnboundConfigurationPropertiesException;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Explains {@code temporal.*} keys that bind to nothing: a typo, or a map key with dots (the full
 * name of an interface) written without the brackets Spring Boot needs to keep it whole.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
class UnknownTemporalPropertyFailureAnalyzer
    extends AbstractFailureAnalyzer<UnboundConfigurationPropertiesException> {

  @Override
  protected FailureAnalysis analyze(
      Throwable rootFailure, UnboundConfigurationPropertiesException cause) {
    Set<ConfigurationProperty> unbound = cause.getUnboundProperties();
    if (unbound.isEmpty()
        || !unbound.stream().allMatch((p) -> p.getName().toString().startsWith("temporal."))) {
      return null;
    }
    String names =
        unbound.stream()
            .map((p) -> p.getName() + (p.getOrigin() != null ? " (" + p.getOrigin() + ")" : ""))
            .sorted()
            .collect(Collectors.joining(", "));
    return new FailureAnalysis(
        "Unknown Temporal Boot properties, which would otherwise be ignored: " + names,
        "Check the spelling of each key against the README's configuration reference (IDEs"
            + " complete them). A map key with dots, such as an interface's full name, goes in"
            + " brackets: temporal.activities[com.acme.PaymentActivities].start-to-close-timeout,"
            + " in YAML \"[com.acme.PaymentActivities]\":",
        cause);
  }
}
