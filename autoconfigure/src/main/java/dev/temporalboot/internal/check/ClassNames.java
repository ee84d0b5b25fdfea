package dev.temporalboot.internal.check;

import dev.temporalboot.diagnostics.InvalidTemporalPropertyException;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.util.ClassUtils;
import org.springframework.util.StringUtils;

/** Class names in properties: written as one, on the classpath, and of the expected kind. */
public final class ClassNames {

  private static final Pattern CLASS_NAME =
      Pattern.compile("[\\p{L}_$][\\p{L}\\p{N}_$]*(\\.[\\p{L}_$][\\p{L}\\p{N}_$]*)*");

  /** What a property names: a subtype of a class, described for messages, with the fix. */
  public enum Kind {

    /** A workflow implementation class, in {@code temporal.workers[n].workflow-classes}. */
    WORKFLOW_IMPLEMENTATION(
        Object.class,
        "a workflow implementation class",
        "Use the fully qualified name of a workflow implementation class, e.g."
            + " 'com.acme.OrderWorkflowImpl'."),

    /** A failure type that is not retried, in {@code retry.do-not-retry}. */
    FAILURE_TYPE(
        Throwable.class,
        "an exception class",
        "Use the fully qualified name of an exception class, e.g."
            + " 'com.acme.CardDeclinedException', or an ApplicationFailure type without a"
            + " package, e.g. 'CardDeclined'.");

    private final Class<?> supertype;

    private final String description;

    private final String action;

    Kind(Class<?> supertype, String description, String action) {
      this.supertype = supertype;
      this.description = description;
      this.action = action;
    }
  }

  private ClassNames() {}

  /**
   * Refuses a value that is not written as a class name, without loading it.
   *
   * @param property the full key, e.g. {@code temporal.workers[0].workflow-classes[0]}
   * @param name the value
   * @param kind what the property names
   * @throws InvalidTemporalPropertyException if the value is blank or not a class name
   */
  public static void requireWellFormed(String property, String name, Kind kind) {
    if (!StringUtils.hasText(name)) {
      throw new InvalidTemporalPropertyException(property, "it is blank.", kind.action);
    }
    if (!CLASS_NAME.matcher(name.trim()).matches()) {
      throw new InvalidTemporalPropertyException(
          property, "'" + name + "' is not a class name.", kind.action);
    }
  }

  /**
   * Loads the class a property names, without initializing it.
   *
   * @param property the full key, e.g. {@code temporal.workers[0].workflow-classes[0]}
   * @param name the value, surrounding spaces ignored
   * @param kind what the property names
   * @param classLoader the class loader, or null for the default one
   * @return the class
   * @throws InvalidTemporalPropertyException if it is not a loadable class of that kind
   */
  public static Class<?> load(
      String property, String name, Kind kind, @Nullable ClassLoader classLoader) {
    requireWellFormed(property, name, kind);
    String className = name.trim();
    Class<?> type;
    try {
      type = ClassUtils.forName(className, classLoader);
    } catch (ClassNotFoundException ex) {
      throw new InvalidTemporalPropertyException(
          property, "'" + className + "' is not a class on the classpath.", kind.action, ex);
    } catch (LinkageError ex) {
      throw new InvalidTemporalPropertyException(
          property,
          "'" + className + "' is on the classpath but cannot be loaded: " + ex + ".",
          kind.action,
          ex);
    }
    if (!kind.supertype.isAssignableFrom(type)) {
      throw new InvalidTemporalPropertyException(
          property, "'" + className + "' is not " + kind.description + ".", kind.action);
    }
    return type;
  }

  /**
   * Refuses a failure type that cannot match a failure: a name with a package must be an exception
   * class on the classpath, to catch typos; one without is an ApplicationFailure type ({@code
   * ApplicationFailure.newFailure(message, "CardDeclined")}), which no class backs.
   *
   * @param property the full key, e.g. {@code
   *     temporal.workflows.OrderWorkflow.retry.do-not-retry[0]}
   * @param type the value
   * @param classLoader the class loader, or null for the default one
   * @throws InvalidTemporalPropertyException if the type is blank, or names no exception class
   */
  public static void requireFailureType(
      String property, String type, @Nullable ClassLoader classLoader) {
    if (!StringUtils.hasText(type) || type.contains(".")) {
      load(property, type, Kind.FAILURE_TYPE, classLoader);
    }
  }
}
