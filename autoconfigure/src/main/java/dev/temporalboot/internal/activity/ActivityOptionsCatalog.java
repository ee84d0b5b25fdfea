package dev.temporalboot.internal.activity;

import dev.temporalboot.diagnostics.InvalidTemporalPropertyException;
import dev.temporalboot.internal.check.InterfaceKeys;
import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityOptions;
import io.temporal.activity.LocalActivityOptions;
import io.temporal.common.metadata.POJOActivityInterfaceMetadata;
import io.temporal.common.metadata.POJOActivityMethodMetadata;
import io.temporal.worker.WorkflowImplementationOptions;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.util.ClassUtils;

/**
 * The {@code temporal.activities} options, checked and resolved to activity interfaces: the default
 * layer, one layer per configured interface, and what they mean for each interface.
 */
public final class ActivityOptionsCatalog {

  static final String PREFIX = "temporal.activities.";

  private static final String DEFAULT_KEY = "default";

  private static final InterfaceKeys.Kind KIND =
      new InterfaceKeys.Kind(
          "an activity interface",
          "activity interfaces",
          ActivityInterface.class,
          "com.acme.PaymentActivities");

  private final ActivityOptionsLayer defaults;

  private final Map<Class<?>, ActivityOptionsLayer> byInterface = new LinkedHashMap<>();

  private final Map<Class<?>, ActivityOptionsLayer> effective = new LinkedHashMap<>();

  /**
   * Resolves and checks the configuration.
   *
   * @param layers the {@code temporal.activities} entries by their key ({@code default}, or an
   *     activity interface's simple or fully qualified name)
   * @param knownInterfaces activity interfaces this app implements or injects
   * @param classLoader loads interfaces named by their full name, and exception classes; null for
   *     the default class loader, as in {@link ClassUtils#forName}
   */
  public ActivityOptionsCatalog(
      Map<String, ActivityOptionsLayer> layers,
      Collection<Class<?>> knownInterfaces,
      @Nullable ClassLoader classLoader) {
    this(layers, knownInterfaces, knownInterfaces, classLoader);
  }

  /**
   * Resolves and checks the configuration for one namespace of an application with several: a key
   * may name an interface that only another namespace implements or injects.
   *
   * @param layers the {@code temporal.activities} entries by their key
   * @param knownInterfaces activity interfaces this namespace implements or injects
   * @param nameable activity interfaces any namespace of the app implements or injects: what a
   *     simple-name key may name
   * @param classLoader loads interfaces named by their full name, and exception classes; null for
   *     the default class loader
   */
  public ActivityOptionsCatalog(
      Map<String, ActivityOptionsLayer> layers,
      Collection<Class<?>> knownInterfaces,
      Collection<Class<?>> nameable,
      @Nullable ClassLoader classLoader) {
    ActivityLayerValidator validator = new ActivityLayerValidator(classLoader);
    this.defaults =
        layers.getOrDefault(DEFAULT_KEY, ActivityOptionsLayer.empty(PREFIX + DEFAULT_KEY));
    validator.validateProperties(this.defaults, PREFIX + DEFAULT_KEY);
    layers.forEach(
        (key, layer) -> {
          if (!key.equals(DEFAULT_KEY)) {
            Class<?> activityInterface =
                InterfaceKeys.resolve(PREFIX, key, nameable, classLoader, KIND);
            // Alone first, so that do-not-retry indexes count this key's own entries; then over
            // the default, for values that clash across the two (a shorter maximum interval).
            validator.validateProperties(layer, PREFIX + key);
            validator.validateProperties(this.defaults.with(layer), PREFIX + key);
            if (this.byInterface.put(activityInterface, layer) != null) {
              throw new InvalidTemporalPropertyException(
                  PREFIX + key,
                  activityInterface.getName() + " is configured under two keys.",
                  "Keep one of its simple and fully qualified names under temporal.activities.");
            }
          }
        });
    for (Class<?> known : knownInterfaces) {
      this.effective.put(known, optionsFor(known));
    }
    this.byInterface.keySet().forEach((type) -> this.effective.put(type, optionsFor(type)));
  }

  /**
   * Returns the YAML options of an interface: {@code default}, then its own key.
   *
   * @param activityInterface the activity interface
   * @return the merged layer
   */
  ActivityOptionsLayer optionsFor(Class<?> activityInterface) {
    ActivityOptionsLayer own = this.byInterface.get(activityInterface);
    return own != null ? this.defaults.with(own) : this.defaults;
  }

  /**
   * Returns the effective YAML options of every known or configured interface, for reports.
   *
   * @return activity options by interface, local stubs included as {@link LocalActivityOptions}
   */
  public Map<Class<?>, Object> describe() {
    Map<Class<?>, Object> described = new LinkedHashMap<>();
    this.effective.forEach(
        (type, layer) ->
            described.put(
                type,
                layer.isLocal() ? layer.toLocalActivityOptions() : layer.toActivityOptions()));
    return described;
  }

  /**
   * Puts the YAML options where the SDK applies them to stubs created without options: the default
   * layer, and a per activity type entry for every configured interface.
   *
   * @param builder options of the workflow implementations
   */
  public void applyTo(WorkflowImplementationOptions.Builder builder) {
    builder.setDefaultActivityOptions(this.defaults.toActivityOptions());
    builder.setDefaultLocalActivityOptions(this.defaults.toLocalActivityOptions());
    Map<String, ActivityOptions> remote = new LinkedHashMap<>();
    Map<String, LocalActivityOptions> local = new LinkedHashMap<>();
    // Entries carry the merged options: the SDK replaces a retry policy whole, so an entry with
    // only the interface's own values would drop retry fields set under 'default'.
    this.byInterface
        .keySet()
        .forEach(
            (type) -> {
              ActivityOptionsLayer merged = optionsFor(type);
              for (String activityType : activityTypes(type)) {
                if (merged.isLocal()) {
                  local.put(activityType, merged.toLocalActivityOptions());
                } else {
                  remote.put(activityType, merged.toActivityOptions());
                }
              }
            });
    builder.setActivityOptions(remote);
    builder.setLocalActivityOptions(local);
  }

  static List<String> activityTypes(Class<?> activityInterface) {
    return POJOActivityInterfaceMetadata.newInstance(activityInterface)
        .getMethodsMetadata()
        .stream()
        .map(POJOActivityMethodMetadata::getActivityTypeName)
        .toList();
  }
}
