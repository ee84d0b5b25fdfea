package dev.temporalboot.internal.nexus;

import dev.temporalboot.NexusServiceStub;
import dev.temporalboot.diagnostics.InvalidTemporalComponentException;
import dev.temporalboot.diagnostics.InvalidTemporalPropertyException;
import dev.temporalboot.internal.check.Durations;
import dev.temporalboot.internal.check.Placeholders;
import io.temporal.workflow.NexusOperationCancellationType;
import io.temporal.workflow.NexusServiceOptions;
import io.temporal.workflow.Workflow;
import java.time.Duration;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.core.env.PropertyResolver;
import org.springframework.util.StringUtils;

/**
 * The Nexus service stub for one injection point of a workflow implementation, its options worked
 * out once at start-up: {@code temporal.nexus.services.default}, then the service's key, then
 * {@code NexusServiceStub}. Creating it per execution is then a single SDK call.
 */
public final class InjectedNexusStub {

  private final Class<?> service;

  private final NexusServiceOptions options;

  private final String endpoint;

  private final String endpointSource;

  private InjectedNexusStub(
      Class<?> service, NexusServiceOptions options, String endpoint, String endpointSource) {
    this.service = service;
    this.options = options;
    this.endpoint = endpoint;
    this.endpointSource = endpointSource;
  }

  /**
   * Works out the stub of an injection point, failing when it would have no endpoint.
   *
   * @param service the parameter's or field's type, a Nexus {@code @Service} interface
   * @param annotation its {@code @NexusServiceStub}, if any
   * @param where the injection point, for messages (e.g. {@code OrderWorkflowImpl(payments)})
   * @param catalog the YAML options
   * @param placeholders resolves placeholders in the annotation
   * @return the stub recipe
   */
  public static InjectedNexusStub of(
      Class<?> service,
      @Nullable NexusServiceStub annotation,
      String where,
      NexusServiceOptionsCatalog catalog,
      PropertyResolver placeholders) {
    String key = NexusServiceOptionsCatalog.PREFIX + catalog.keyOf(service);
    NexusOptionsLayer yaml = catalog.optionsFor(service);
    NexusOptionsLayer options = yaml;
    String endpointSource = (yaml.endpoint() != null) ? yaml.source() + ".endpoint" : "";
    if (annotation != null) {
      NexusOptionsLayer code = fromAnnotation(annotation, where, placeholders);
      options = options.with(code);
      if (code.endpoint() != null) {
        endpointSource = code.source();
      }
    }
    String endpoint = options.endpoint();
    if (endpoint == null) {
      throw new InvalidTemporalPropertyException(
          key + ".endpoint",
          "the "
              + service.getSimpleName()
              + " Nexus stub injected into "
              + where
              + " has no endpoint from any source.",
          "Set "
              + key
              + ".endpoint (or temporal.nexus.services.default.endpoint), or"
              + " @NexusServiceStub(endpoint = \"payments\") on the injection point.");
    }
    return new InjectedNexusStub(service, options.toServiceOptions(), endpoint, endpointSource);
  }

  /**
   * Creates the stub; call it inside workflow code, as the SDK requires.
   *
   * @return a new Nexus service stub
   */
  public Object create() {
    return Workflow.newNexusServiceStub(this.service, this.options);
  }

  /** Returns the endpoint the stub sends operations to. */
  public String endpoint() {
    return this.endpoint;
  }

  /** Returns where the endpoint is set: a YAML key, or the annotated injection point. */
  public String endpointSource() {
    return this.endpointSource;
  }

  /** Returns the stub's options. */
  public NexusServiceOptions options() {
    return this.options;
  }

  private static NexusOptionsLayer fromAnnotation(
      NexusServiceStub annotation, String where, PropertyResolver placeholders) {
    Parser parser = new Parser("@NexusServiceStub on " + where, placeholders);
    String endpoint = parser.text(annotation.endpoint(), "endpoint");
    if (endpoint != null) {
      try {
        NexusEndpoints.requireValidName("endpoint", endpoint);
      } catch (InvalidTemporalPropertyException ex) {
        throw parser.invalid("endpoint", ex.getProblem(), ex.getAction());
      }
    }
    return new NexusOptionsLayer(
        parser.component,
        endpoint,
        parser.duration(annotation.scheduleToCloseTimeout(), "scheduleToCloseTimeout"),
        parser.duration(annotation.scheduleToStartTimeout(), "scheduleToStartTimeout"),
        parser.duration(annotation.startToCloseTimeout(), "startToCloseTimeout"),
        parser.cancellationType(annotation.cancellationType()),
        parser.text(annotation.summary(), "summary"));
  }

  /** Reads annotation attributes, resolving placeholders and naming the attribute on failure. */
  private record Parser(String component, PropertyResolver placeholders) {

    @Nullable String text(String value, String attribute) {
      if (!StringUtils.hasText(value)) {
        return null;
      }
      return Placeholders.resolve(this.placeholders, value, this.component, attribute).trim();
    }

    @Nullable Duration duration(String value, String attribute) {
      String text = text(value, attribute);
      if (text == null) {
        return null;
      }
      Duration duration;
      try {
        duration = DurationStyle.detectAndParse(text);
      } catch (IllegalArgumentException ex) {
        throw invalid(
            attribute,
            "'" + text + "' is not a duration.",
            "Use a duration such as '10s', '500ms' or 'PT1M'.");
      }
      try {
        return Durations.requirePositive(attribute, duration);
      } catch (InvalidTemporalPropertyException ex) {
        throw invalid(attribute, ex.getProblem(), ex.getAction());
      }
    }

    @Nullable NexusOperationCancellationType cancellationType(String value) {
      String text = text(value, "cancellationType");
      if (text == null) {
        return null;
      }
      try {
        return NexusOperationCancellationType.valueOf(
            text.replace('-', '_').toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException ex) {
        throw invalid(
            "cancellationType",
            "'" + text + "' is not a cancellation type.",
            "Use wait-completed, wait-requested, try-cancel or abandon.");
      }
    }

    InvalidTemporalComponentException invalid(String attribute, String problem, String action) {
      return new InvalidTemporalComponentException(
          this.component, attribute + ": " + problem, action);
    }
  }
}
