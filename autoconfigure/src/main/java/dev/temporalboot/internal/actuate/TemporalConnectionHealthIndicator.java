package dev.temporalboot.internal.actuate;

import dev.temporalboot.internal.connection.GrpcErrors;
import io.grpc.StatusRuntimeException;
import io.temporal.api.workflowservice.v1.GetSystemInfoRequest;
import io.temporal.api.workflowservice.v1.GetSystemInfoResponse;
import io.temporal.serviceclient.WorkflowServiceStubs;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Whether the Temporal frontend answers {@code GetSystemInfo} within a short deadline. The result
 * is cached, so however often health is polled the server sees at most one call per TTL.
 */
public class TemporalConnectionHealthIndicator implements HealthIndicator {

  /** How long one answer is reused. */
  public static final Duration DEFAULT_TTL = Duration.ofSeconds(5);

  /** How long the check waits for the server; short, since probes have their own timeouts. */
  public static final Duration DEFAULT_DEADLINE = Duration.ofSeconds(2);

  private final WorkflowServiceStubs stubs;

  private final String namespace;

  private final Duration deadline;

  private final CachedCheck<Health> check;

  /**
   * Creates the indicator.
   *
   * @param stubs the service stubs to check
   * @param namespace the namespace, reported in the details
   * @param ttl how long one answer is reused
   * @param deadline how long the check waits for the server
   */
  public TemporalConnectionHealthIndicator(
      WorkflowServiceStubs stubs, String namespace, Duration ttl, Duration deadline) {
    this.stubs = stubs;
    this.namespace = namespace;
    this.deadline = deadline;
    this.check = new CachedCheck<>(this::check, ttl, Clock.systemUTC());
  }

  @Override
  public Health health() {
    return this.check.get();
  }

  private Health check() {
    Health.Builder builder =
        Health.unknown()
            .withDetail("target", this.stubs.getOptions().getTarget())
            .withDetail("namespace", this.namespace);
    try {
      GetSystemInfoResponse info =
          this.stubs
              .blockingStub()
              .withDeadlineAfter(this.deadline.toMillis(), TimeUnit.MILLISECONDS)
              .getSystemInfo(GetSystemInfoRequest.getDefaultInstance());
      if (!info.getServerVersion().isEmpty()) {
        builder.withDetail("serverVersion", info.getServerVersion());
      }
      return builder.up().build();
    } catch (StatusRuntimeException ex) {
      return builder.down().withDetail("error", GrpcErrors.describe(ex)).build();
    } catch (RuntimeException ex) {
      return builder.down(ex).build();
    }
  }
}
