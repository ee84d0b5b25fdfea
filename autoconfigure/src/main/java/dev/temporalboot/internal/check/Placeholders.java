package dev.temporalboot.internal.check;

import dev.temporalboot.diagnostics.InvalidTemporalComponentException;
import dev.temporalboot.diagnostics.InvalidTemporalPropertyException;
import org.springframework.core.env.PropertyResolver;

/**
 * {@code ${...}} placeholders that cannot be resolved: Spring Boot's binder keeps them as text, so
 * a worker would poll the task queue "${queue}" unless something refuses it.
 */
public final class Placeholders {

  private static final String ACTION =
      "Define the property it names, or give it a default: ${name:default}.";

  private Placeholders() {}

  /**
   * Refuses a bound value that still holds a placeholder.
   *
   * @param property the full key, e.g. {@code temporal.workers[0].task-queue}
   * @param value the value as bound
   * @throws InvalidTemporalPropertyException if the value holds {@code ${}
   */
  public static void requireResolved(String property, String value) {
    if (value.contains("${")) {
      throw new InvalidTemporalPropertyException(property, unresolved(value), ACTION);
    }
  }

  /**
   * Resolves the placeholders of an annotation attribute.
   *
   * @param resolver the environment
   * @param value the attribute's value
   * @param component the annotated element, e.g. {@code @WorkflowImpl on
   *     com.acme.OrderWorkflowImpl}
   * @param attribute the attribute, e.g. {@code taskQueues}
   * @return the resolved value
   * @throws InvalidTemporalComponentException if a placeholder cannot be resolved
   */
  public static String resolve(
      PropertyResolver resolver, String value, String component, String attribute) {
    try {
      return resolver.resolveRequiredPlaceholders(value);
    } catch (IllegalArgumentException ex) {
      throw new InvalidTemporalComponentException(
          component, attribute + ": " + unresolved(value), ACTION, ex);
    }
  }

  private static String unresolved(String value) {
    return "'" + value + "' has a placeholder that cannot be resolved.";
  }
}
