package dev.temporalboot.internal.actuate;

import dev.temporalboot.internal.nexus.KnownNexusEndpoints;
import dev.temporalboot.internal.nexus.NexusEndpoint;
import dev.temporalboot.internal.worker.WorkerPlan;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code nexus} section of {@code /actuator/temporal}: every endpoint the application declares
 * or names, with what is known of it, and the effective stub options per Nexus service.
 */
public final class NexusSection {

  private NexusSection() {}

  /**
   * Describes the application's Nexus endpoints and stub options.
   *
   * @param plan the assembled workers, naming the endpoints and holding the stub options
   * @param known the declared endpoints and the server's latest answers
   * @return {@code endpoints} by name and {@code services} by interface name
   */
  public static Map<String, Object> describe(WorkerPlan plan, KnownNexusEndpoints known) {
    Map<String, Map<String, Object>> endpoints = new TreeMap<>();
    for (NexusEndpoint declared : known.declared()) {
      Map<String, Object> endpoint = new LinkedHashMap<>();
      endpoint.put("taskQueue", declared.taskQueue());
      endpoint.put("namespace", declared.namespace());
      if (declared.description() != null) {
        endpoint.put("description", declared.description());
      }
      endpoint.put("declaredIn", NexusEndpoint.PREFIX + declared.name());
      endpoints.put(declared.name(), endpoint);
    }
    plan.nexusEndpoints()
        .forEach(
            (name, namedBy) ->
                endpoints
                    .computeIfAbsent(name, (key) -> new LinkedHashMap<>())
                    .put("namedBy", namedBy));
    endpoints.forEach(
        (name, endpoint) -> {
          endpoint.put("createdByApp", known.created(name));
          Boolean exists = known.exists(name);
          endpoint.put("existsOnServer", (exists != null) ? exists : "unknown");
        });
    Map<String, Object> services = new TreeMap<>();
    plan.nexusOptions()
        .describe()
        .forEach(
            (service, options) -> services.put(service.getName(), OptionDescriptions.of(options)));
    Map<String, Object> section = new LinkedHashMap<>();
    section.put("endpoints", endpoints);
    section.put("services", services);
    return section;
  }
}
