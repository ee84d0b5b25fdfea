package dev.temporalboot.autoconfigure.tracing;

import dev.temporalboot.TemporalCustomizer;
import dev.temporalboot.autoconfigure.TemporalAutoConfiguration;
import dev.temporalboot.autoconfigure.internal.ConditionalOnTemporalSwitch;
import dev.temporalboot.connection.TemporalConnectionDetails;
import dev.temporalboot.internal.tracing.TemporalObservations;
import dev.temporalboot.internal.tracing.TracingWorkerInterceptor;
import dev.temporalboot.internal.tracing.TracingWorkflowClientInterceptor;
import dev.temporalboot.tracing.TemporalObservationConvention;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.common.interceptors.WorkflowClientInterceptor;
import java.util.Arrays;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Contributes the tracing interceptors, which the client and the worker factory apply like any
 * other interceptor beans, when Micrometer Tracing has a tracer bridge (Brave or OpenTelemetry):
 * its auto-configurations supply the {@link ObservationRegistry} and the {@link Propagator}.
 */
@AutoConfiguration(
    before = TemporalAutoConfiguration.class,
    afterName = {
      "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration",
      "org.springframework.boot.micrometer.tracing.autoconfigure.MicrometerTracingAutoConfiguration",
      "org.springframework.boot.micrometer.tracing.brave.autoconfigure.BraveAutoConfiguration",
      "org.springframework.boot.micrometer.tracing.opentelemetry.autoconfigure"
          + ".OpenTelemetryTracingAutoConfiguration"
    })
@ConditionalOnClass({
  WorkflowClientInterceptor.class,
  ObservationRegistry.class,
  Tracer.class,
  Propagator.class
})
@ConditionalOnTemporalSwitch(value = "temporal.tracing.enabled", matchIfMissing = true)
@ConditionalOnBean({ObservationRegistry.class, Propagator.class})
public class TemporalTracingAutoConfiguration {

  @Bean
  @ConditionalOnMissingBean
  TemporalObservations temporalObservations(
      ObservationRegistry registry,
      Propagator propagator,
      ObjectProvider<TemporalObservationConvention> convention) {
    return new TemporalObservations(registry, propagator, convention.getIfUnique());
  }

  @Bean
  @ConditionalOnMissingBean
  TracingWorkflowClientInterceptor temporalTracingClientInterceptor(
      TemporalObservations observations, ObjectProvider<TemporalConnectionDetails> details) {
    TemporalConnectionDetails connection = details.getIfAvailable();
    return new TracingWorkflowClientInterceptor(
        observations, (connection != null) ? connection.getNamespace() : null);
  }

  /**
   * Each client's tracing interceptor names that client's namespace: the primary namespace's and
   * each {@code temporal.namespaces} entry's clients share the one interceptor bean. Last, once the
   * namespace is final.
   */
  @Bean
  @Order(Ordered.LOWEST_PRECEDENCE)
  TemporalCustomizer<WorkflowClientOptions.Builder> temporalTracingClientNamespaceCustomizer() {
    return (builder) -> {
      WorkflowClientOptions options = builder.build();
      WorkflowClientInterceptor[] interceptors = options.getInterceptors();
      if (interceptors == null) {
        return;
      }
      builder.setInterceptors(
          Arrays.stream(interceptors)
              .map(
                  (interceptor) ->
                      (interceptor instanceof TracingWorkflowClientInterceptor tracing)
                          ? tracing.forNamespace(options.getNamespace())
                          : interceptor)
              .toArray(WorkflowClientInterceptor[]::new));
    };
  }

  @Bean
  @ConditionalOnMissingBean
  TracingWorkerInterceptor temporalTracingWorkerInterceptor(TemporalObservations observations) {
    return new TracingWorkerInterceptor(observations);
  }
}
