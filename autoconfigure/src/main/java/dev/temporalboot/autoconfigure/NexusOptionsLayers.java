package dev.temporalboot.autoconfigure;

import dev.temporalboot.diagnostics.InvalidTemporalPropertyException;
import dev.temporalboot.internal.nexus.NexusEndpoint;
import dev.temporalboot.internal.nexus.NexusEndpoints;
import dev.temporalboot.internal.nexus.NexusOptionsLayer;
import io.temporal.workflow.NexusOperationCancellationType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.util.StringUtils;

/**
 * Maps {@code temporal.nexus} onto what the Nexus package takes: one {@link NexusOptionsLayer} per
 * {@code services} entry, unset values staying null so that layers merge field by field, and one
 * checked {@link NexusEndpoint} per {@code endpoints} entry.
 */
final class NexusOptionsLayers {

  private static final String PREFIX = "temporal.nexus.services.";

  private NexusOptionsLayers() {}

  /** Returns one layer per entry, keyed and ordered as in the YAML. */
  static Map<String, NexusOptionsLayer> of(Map<String, NexusProperties.Service> services) {
    Map<String, NexusOptionsLayer> layers = new LinkedHashMap<>();
    services.forEach(
        (key, service) ->
            layers.put(
                key,
                new NexusOptionsLayer(
                    PREFIX + key,
                    StringUtils.hasText(service.getEndpoint()) ? service.getEndpoint() : null,
                    service.getScheduleToCloseTimeout(),
                    service.getScheduleToStartTimeout(),
                    service.getStartToCloseTimeout(),
                    cancellationType(service.getCancellationType()),
                    StringUtils.hasText(service.getSummary()) ? service.getSummary() : null)));
    return Collections.unmodifiableMap(layers);
  }

  /** Returns the {@code default} layer, for operations whose stubs no other source configures. */
  static NexusOptionsLayer defaults(Map<String, NexusProperties.Service> services) {
    NexusOptionsLayer defaults = of(services).get("default");
    return (defaults != null)
        ? defaults
        : new NexusOptionsLayer(PREFIX + "default", null, null, null, null, null, null);
  }

  /**
   * Returns the declared endpoints, checked: a valid name and a task queue each.
   *
   * @param endpoints the {@code temporal.nexus.endpoints} entries
   * @param namespace the application's namespace, for entries that name none
   * @return the endpoints, in YAML order
   */
  static List<NexusEndpoint> endpoints(
      Map<String, NexusProperties.Endpoint> endpoints, String namespace) {
    List<NexusEndpoint> declared = new ArrayList<>();
    endpoints.forEach(
        (name, endpoint) -> {
          String prefix = NexusEndpoint.PREFIX + name;
          NexusEndpoints.requireValidName(prefix, name);
          String taskQueue = endpoint.getTaskQueue();
          if (!StringUtils.hasText(taskQueue)) {
            throw new InvalidTemporalPropertyException(
                prefix,
                "it has no task-queue; an endpoint sends its operations to one task queue.",
                "Set "
                    + prefix
                    + ".task-queue to the queue of the worker that serves its Nexus service, e.g."
                    + " 'payments'.");
          }
          declared.add(
              new NexusEndpoint(
                  name,
                  taskQueue,
                  StringUtils.hasText(endpoint.getNamespace())
                      ? endpoint.getNamespace()
                      : namespace,
                  StringUtils.hasText(endpoint.getDescription())
                      ? endpoint.getDescription()
                      : null));
        });
    return declared;
  }

  private static @Nullable NexusOperationCancellationType cancellationType(
      NexusProperties.@Nullable CancellationType type) {
    if (type == null) {
      return null;
    }
    return switch (type) {
      case WAIT_COMPLETED -> NexusOperationCancellationType.WAIT_COMPLETED;
      case WAIT_REQUESTED -> NexusOperationCancellationType.WAIT_REQUESTED;
      case TRY_CANCEL -> NexusOperationCancellationType.TRY_CANCEL;
      case ABANDON -> NexusOperationCancellationType.ABANDON;
    };
  }
}
