package dev.temporalboot.internal.activity;

import dev.temporalboot.ActivityStub;
import dev.temporalboot.diagnostics.InvalidTemporalComponentException;
import dev.temporalboot.diagnostics.InvalidTemporalPropertyException;
import dev.temporalboot.internal.check.Placeholders;
import io.temporal.activity.ActivityOptions;
import io.temporal.activity.LocalActivityOptions;
import io.temporal.workflow.Workflow;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.core.env.PropertyResolver;
import org.springframework.util.StringUtils;

/**
 * The activity stub for one injection point of a workflow implementation, its options worked out
 * once at startup: {@code temporal.activities.default}, then the interface's key, then {@code
 * ActivityStub}. Creating it per execution is then a single SDK call.
 */
public final class InjectedActivityStub {

  private final Class<?> activityInterface;

  private final ActivityOptionsLayer options;

  private final ActivityOptions remote;

  private final Map<String, ActivityOptions> perActivityType = new LinkedHashMap<>();

  private final LocalActivityOptions local;

  private final Map<String, LocalActivityOptions> perLocalActivityType = new LinkedHashMap<>();

  private InjectedActivityStub(Class<?> activityInterface, ActivityOptionsLayer options) {
    this.activityInterface = activityInterface;
    this.options = options;
    this.remote = options.toActivityOptions();
    this.local = options.toLocalActivityOptions();
    // The SDK lets per-type options of WorkflowImplementationOptions win over a stub's own
    // options; repeating the effective options per type keeps the annotation's word final.
    for (String type : ActivityOptionsCatalog.activityTypes(activityInterface)) {
      this.perActivityType.put(type, this.remote);
      this.perLocalActivityType.put(type, this.local);
    }
  }

  /**
   * Works out the stub of an injection point, failing when it would have no timeout.
   *
   * @param activityInterface the parameter's or field's type
   * @param annotation its {@code @ActivityStub}, if any
   * @param where the injection point, for messages (e.g. {@code OrderWorkflowImpl(payments)})
   * @param catalog the YAML options
   * @param placeholders resolves placeholders in the annotation
   * @param classLoader loads exception classes named by the annotation
   * @return the stub recipe
   */
  public static InjectedActivityStub of(
      Class<?> activityInterface,
      @Nullable ActivityStub annotation,
      String where,
      ActivityOptionsCatalog catalog,
      PropertyResolver placeholders,
      @Nullable ClassLoader classLoader) {
    ActivityOptionsLayer options = catalog.optionsFor(activityInterface);
    if (annotation != null) {
      ActivityOptionsLayer code = fromAnnotation(annotation, where, placeholders);
      options = options.with(code);
      new ActivityLayerValidator(classLoader).validateAnnotation(options, where);
    }
    if (!options.hasTimeout()) {
      String key = ActivityOptionsCatalog.PREFIX + activityInterface.getSimpleName();
      throw new InvalidTemporalPropertyException(
          key + ".start-to-close-timeout",
          "the "
              + activityInterface.getSimpleName()
              + " stub injected into "
              + where
              + " has no start-to-close or schedule-to-close timeout from any source.",
          "Set "
              + key
              + ".start-to-close-timeout (or temporal.activities.default.start-to-close-timeout),"
              + " or @ActivityStub(startToCloseTimeout = \"10s\") on the injection point.");
    }
    return new InjectedActivityStub(activityInterface, options);
  }

  /**
   * Creates the stub; call it inside workflow code, as the SDK requires.
   *
   * @return a new activity stub
   */
  public Object create() {
    if (this.options.isLocal()) {
      return Workflow.newLocalActivityStub(
          this.activityInterface, this.local, this.perLocalActivityType);
    }
    return Workflow.newActivityStub(this.activityInterface, this.remote, this.perActivityType);
  }

  /**
   * Returns whether the stub calls local activities.
   *
   * @return true for a local activity stub
   */
  public boolean isLocal() {
    return this.options.isLocal();
  }

  private static ActivityOptionsLayer fromAnnotation(
      ActivityStub annotation, String where, PropertyResolver placeholders) {
    Parser parser = new Parser(where, placeholders);
    String attempts = parser.text(annotation.maximumAttempts(), "maximumAttempts");
    Integer maximumAttempts;
    try {
      maximumAttempts = (attempts != null) ? Integer.valueOf(attempts) : null;
    } catch (NumberFormatException ex) {
      throw parser.invalid("maximumAttempts", "'" + attempts + "' is not a whole number");
    }
    List<String> doNotRetry = Arrays.stream(annotation.doNotRetry()).map(Class::getName).toList();
    return new ActivityOptionsLayer(
        "@ActivityStub on " + where,
        parser.duration(annotation.startToCloseTimeout(), "startToCloseTimeout"),
        parser.duration(annotation.scheduleToCloseTimeout(), "scheduleToCloseTimeout"),
        parser.duration(annotation.scheduleToStartTimeout(), "scheduleToStartTimeout"),
        parser.duration(annotation.heartbeatTimeout(), "heartbeatTimeout"),
        parser.text(annotation.taskQueue(), "taskQueue"),
        annotation.local() ? Boolean.TRUE : null,
        null,
        null,
        null,
        null,
        null,
        maximumAttempts,
        doNotRetry);
  }

  /** Reads annotation attributes, resolving placeholders and naming the attribute on failure. */
  private record Parser(String where, PropertyResolver placeholders) {

    @Nullable String text(String value, String attribute) {
      if (!StringUtils.hasText(value)) {
        return null;
      }
      return Placeholders.resolve(
              this.placeholders, value, "@ActivityStub on " + this.where, attribute)
          .trim();
    }

    @Nullable Duration duration(String value, String attribute) {
      String text = text(value, attribute);
      if (text == null) {
        return null;
      }
      try {
        return DurationStyle.detectAndParse(text);
      } catch (IllegalArgumentException ex) {
        throw invalid(attribute, "'" + text + "' is not a duration");
      }
    }

    InvalidTemporalComponentException invalid(String attribute, String problem) {
      return new InvalidTemporalComponentException(
          "@ActivityStub on " + this.where,
          attribute + ": " + problem + ".",
          "Use a duration such as '10s', '500ms' or 'PT1M', and a number for maximumAttempts.");
    }
  }
}
