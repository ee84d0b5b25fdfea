package dev.temporalboot.autoconfigure.actuate;

import static org.assertj.core.api.Assertions.assertThat;

import com.uber.m3.tally.Scope;
import com.uber.m3.util.Duration;
import dev.temporalboot.autoconfigure.TemporalProperties;
import dev.temporalboot.connection.TemporalConnectionDetails;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.temporal.serviceclient.MetricsTag;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;

/** The SDK's meters keep one set of tag keys per name, so Prometheus keeps every series. */
class TemporalMetricsPrometheusTests {

  @Test
  void updateCallsAndOtherLongRequestsShareOneMeterInPrometheus() throws Exception {
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    Scope scope = temporalScope(registry);
    try {
      // Tagged as the SDK's gRPC metrics interceptor tags a long poll, then an update call.
      Scope withDefaults = scope.tagged(MetricsTag.defaultTags("default"));
      withDefaults
          .tagged(Map.of(MetricsTag.OPERATION_NAME, "GetWorkflowExecutionHistory"))
          .timer("temporal_long_request_latency")
          .record(Duration.ofMillis(5));
      withDefaults
          .tagged(
              Map.of(
                  MetricsTag.OPERATION_NAME,
                  "UpdateWorkflowExecution",
                  MetricsTag.UPDATE_NAME,
                  "redeem"))
          .timer("temporal_long_request_latency")
          .record(Duration.ofMillis(7));
    } finally {
      scope.close();
    }
    String scrape = registry.scrape();
    assertThat(scrape)
        .contains("operation=\"GetWorkflowExecutionHistory\"")
        .contains("update_name=\"redeem\"");
    assertThat(registry.find("temporal_long_request_latency").timers()).hasSize(2);
  }

  @Test
  void nexusHandlerCallsAndOtherRequestsShareOneMeterInPrometheus() throws Exception {
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    List<String> failed = new ArrayList<>();
    registry.config().onMeterRegistrationFailed((id, reason) -> failed.add(reason));
    Scope scope = temporalScope(registry);
    try {
      // Tagged as the SDK tags a worker's call, then a Nexus handler's answer to the server.
      Scope withDefaults = scope.tagged(MetricsTag.defaultTags("default"));
      withDefaults
          .tagged(Map.of(MetricsTag.OPERATION_NAME, "RespondActivityTaskCompleted"))
          .timer("temporal_request_latency")
          .record(Duration.ofMillis(5));
      withDefaults
          .tagged(
              Map.of(
                  MetricsTag.NEXUS_SERVICE,
                  "PaymentService",
                  MetricsTag.NEXUS_OPERATION,
                  "authorize",
                  MetricsTag.OPERATION_NAME,
                  "RespondNexusTaskCompleted"))
          .timer("temporal_request_latency")
          .record(Duration.ofMillis(7));
    } finally {
      scope.close();
    }
    assertThat(failed).isEmpty();
    assertThat(registry.scrape())
        .contains("nexus_operation=\"none\",nexus_service=\"none\"")
        .contains("nexus_operation=\"authorize\",nexus_service=\"PaymentService\"");
  }

  /** The scope the auto-configuration gives the SDK, over the registry, with default settings. */
  private static Scope temporalScope(PrometheusMeterRegistry registry) {
    return new TemporalMetricsAutoConfiguration()
        .temporalMetricsScope(
            registry,
            new TemporalProperties(),
            new DefaultListableBeanFactory().getBeanProvider(TemporalConnectionDetails.class));
  }
}
