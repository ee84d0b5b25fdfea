package dev.temporalboot.internal.nexus;

import dev.temporalboot.diagnostics.InvalidTemporalPropertyException;
import dev.temporalboot.internal.check.Durations;
import dev.temporalboot.internal.check.InterfaceKeys;
import io.nexusrpc.Service;
import io.nexusrpc.ServiceDefinition;
import io.temporal.workflow.NexusServiceOptions;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The {@code temporal.nexus.services} options, checked and resolved to Nexus service interfaces:
 * the default layer, one layer per configured service, and what they mean for each service.
 */
public final class NexusServiceOptionsCatalog {

  static final String PREFIX = "temporal.nexus.services.";

  private static final String DEFAULT_KEY = "default";

  private static final InterfaceKeys.Kind KIND =
      new InterfaceKeys.Kind(
          "a Nexus service", "Nexus services", Service.class, "com.acme.PaymentService");

  private final NexusOptionsLayer defaults;

  private final Map<Class<?>, NexusOptionsLayer> byService = new LinkedHashMap<>();

  private final Map<Class<?>, String> keys = new LinkedHashMap<>();

  private final Map<Class<?>, NexusOptionsLayer> effective = new LinkedHashMap<>();

  /**
   * Resolves and checks the configuration.
   *
   * @param layers the {@code temporal.nexus.services} entries by their key ({@code default}, or a
   *     Nexus service interface's simple or fully qualified name)
   * @param knownServices Nexus service interfaces this app implements or injects
   * @param classLoader loads services named by their full name; null for the default class loader
   */
  public NexusServiceOptionsCatalog(
      Map<String, NexusOptionsLayer> layers,
      Collection<Class<?>> knownServices,
      @Nullable ClassLoader classLoader) {
    this(layers, knownServices, knownServices, classLoader);
  }

  /**
   * Resolves and checks the configuration for one namespace of an application with several: a key
   * may name a service that only another namespace implements or injects.
   *
   * @param layers the {@code temporal.nexus.services} entries by their key
   * @param knownServices Nexus service interfaces this namespace implements or injects
   * @param nameable Nexus service interfaces any namespace of the app implements or injects: what a
   *     simple-name key may name
   * @param classLoader loads services named by their full name; null for the default class loader
   */
  public NexusServiceOptionsCatalog(
      Map<String, NexusOptionsLayer> layers,
      Collection<Class<?>> knownServices,
      Collection<Class<?>> nameable,
      @Nullable ClassLoader classLoader) {
    this.defaults = layers.getOrDefault(DEFAULT_KEY, NexusOptionsLayer.empty(PREFIX + DEFAULT_KEY));
    validate(this.defaults, PREFIX + DEFAULT_KEY);
    layers.forEach(
        (key, layer) -> {
          if (!key.equals(DEFAULT_KEY)) {
            Class<?> service = InterfaceKeys.resolve(PREFIX, key, nameable, classLoader, KIND);
            validate(layer, PREFIX + key);
            if (this.byService.put(service, layer) != null) {
              throw new InvalidTemporalPropertyException(
                  PREFIX + key,
                  service.getName() + " is configured under two keys.",
                  "Keep one of its simple and fully qualified names under temporal.nexus.services.");
            }
            this.keys.put(service, key);
          }
        });
    knownServices.forEach((service) -> this.effective.put(service, optionsFor(service)));
    this.byService.keySet().forEach((service) -> this.effective.put(service, optionsFor(service)));
  }

  /**
   * Returns the YAML options of a service: {@code default}, then its own key.
   *
   * @param service the Nexus service interface
   * @return the merged layer
   */
  NexusOptionsLayer optionsFor(Class<?> service) {
    NexusOptionsLayer own = this.byService.get(service);
    return own != null ? this.defaults.with(own) : this.defaults;
  }

  /** Returns the key a service's YAML options sit under, or its simple name when there is none. */
  String keyOf(Class<?> service) {
    return this.keys.getOrDefault(service, service.getSimpleName());
  }

  /**
   * Returns the {@code default} layer, which {@link NexusDefaultsInterceptor} applies under every
   * operation's own options.
   *
   * @return the default layer
   */
  public NexusOptionsLayer defaults() {
    return this.defaults;
  }

  /**
   * Returns the options of every known or configured service, by the service name the SDK looks
   * them up with, for stubs created in workflow code without options.
   *
   * @return options by Nexus service name
   */
  public Map<String, NexusServiceOptions> byServiceName() {
    Map<String, NexusServiceOptions> options = new LinkedHashMap<>();
    this.effective.forEach(
        (service, layer) ->
            options.put(ServiceDefinition.fromClass(service).getName(), layer.toServiceOptions()));
    return options;
  }

  /**
   * Returns the effective YAML options of every known or configured service, for reports.
   *
   * @return options by Nexus service interface
   */
  public Map<Class<?>, NexusServiceOptions> describe() {
    Map<Class<?>, NexusServiceOptions> described = new LinkedHashMap<>();
    this.effective.forEach((service, layer) -> described.put(service, layer.toServiceOptions()));
    return described;
  }

  /**
   * Returns every endpoint the YAML names, each with the key that names it.
   *
   * @return where each endpoint is named, by endpoint
   */
  public Map<String, String> endpoints() {
    Map<String, String> named = new LinkedHashMap<>();
    if (this.defaults.endpoint() != null) {
      named.put(this.defaults.endpoint(), PREFIX + DEFAULT_KEY + ".endpoint");
    }
    this.byService.forEach(
        (service, layer) -> {
          if (layer.endpoint() != null) {
            named.putIfAbsent(layer.endpoint(), PREFIX + this.keys.get(service) + ".endpoint");
          }
        });
    return named;
  }

  private static void validate(NexusOptionsLayer layer, String prefix) {
    if (layer.endpoint() != null) {
      NexusEndpoints.requireValidName(prefix + ".endpoint", layer.endpoint());
    }
    Durations.requirePositive(
        prefix + ".schedule-to-close-timeout", layer.scheduleToCloseTimeout());
    Durations.requirePositive(
        prefix + ".schedule-to-start-timeout", layer.scheduleToStartTimeout());
    Durations.requirePositive(prefix + ".start-to-close-timeout", layer.startToCloseTimeout());
  }

  /** Whether a type is a Nexus {@code @Service} interface. */
  public static boolean isService(Class<?> type) {
    return KIND.matches(type);
  }
}
