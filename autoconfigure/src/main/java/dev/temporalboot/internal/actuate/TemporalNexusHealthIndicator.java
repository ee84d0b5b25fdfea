package dev.temporalboot.internal.actuate;

import dev.temporalboot.internal.connection.GrpcErrors;
import dev.temporalboot.internal.nexus.NexusEndpointCheck;
import io.grpc.Status.Code;
import io.grpc.StatusRuntimeException;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Whether the Nexus endpoints that stubs and {@code temporal.nexus.services} name exist on the
 * server: UP when all do, DOWN naming the missing ones, UNKNOWN when the server does not say (it
 * refuses to list endpoints, as Temporal Cloud does for keys without that permission, or it does
 * not answer). Cached like the connection check, so the server sees at most one lookup per TTL.
 */
public class TemporalNexusHealthIndicator implements HealthIndicator {

  private final Supplier<Map<String, String>> named;

  private final NexusEndpointCheck.Lookup lookup;

  private final CachedCheck<Health> check;

  /**
   * Creates the indicator.
   *
   * @param named the endpoints the application names, each with where it is named
   * @param lookup asks the server which endpoints it lacks
   * @param ttl how long one answer is reused
   */
  public TemporalNexusHealthIndicator(
      Supplier<Map<String, String>> named, NexusEndpointCheck.Lookup lookup, Duration ttl) {
    this.named = named;
    this.lookup = lookup;
    this.check = new CachedCheck<>(this::check, ttl, Clock.systemUTC());
  }

  @Override
  public Health health() {
    return this.check.get();
  }

  private Health check() {
    Map<String, String> named = this.named.get();
    Set<String> missing;
    try {
      missing = this.lookup.missing(named.keySet());
    } catch (StatusRuntimeException ex) {
      Health.Builder unknown =
          Health.unknown()
              .withDetail("endpoints", named.keySet())
              .withDetail("error", GrpcErrors.describe(ex));
      if (ex.getStatus().getCode() == Code.PERMISSION_DENIED) {
        unknown.withDetail(
            "reason",
            "the server refuses to list Nexus endpoints to this application's credentials (Temporal"
                + " Cloud allows it to account-level roles only), so whether they exist is unknown;"
                + " check them in the Temporal UI or with 'tcld nexus endpoint list'");
      }
      return unknown.build();
    } catch (RuntimeException ex) {
      return Health.unknown()
          .withDetail("endpoints", named.keySet())
          .withDetail("error", ex.toString())
          .build();
    }
    Map<String, Object> endpoints = new LinkedHashMap<>();
    named.forEach(
        (name, namedBy) -> {
          Map<String, Object> endpoint = new LinkedHashMap<>();
          endpoint.put("namedBy", namedBy);
          endpoint.put("exists", !missing.contains(name));
          endpoints.put(name, endpoint);
        });
    if (missing.isEmpty()) {
      return Health.up().withDetail("endpoints", endpoints).build();
    }
    return Health.down()
        .withDetail("missing", missing)
        .withDetail(
            "error",
            "Nexus endpoint(s) "
                + missing
                + " do not exist on the Temporal server: operations sent to them fail until an"
                + " operator creates them")
        .withDetail("endpoints", endpoints)
        .build();
  }
}
