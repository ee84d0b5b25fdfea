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
   * Gives the client of each namespace the interceptor for its namespace; first among the
   * customizers, so that the application's see the interceptors as they will be.
   */
  @Bean
  @Order(Ordered.HIGHEST_PRECEDENCE)
  TemporalCustomizer<WorkflowClientOptions.Builder> temporalTracingClientNamespace(
      TracingWorkflowClientInterceptor interceptor) {
    return (builder) -> {
      WorkflowClientOptions options = builder.build();
      builder.setInterceptors(
          Arrays.stream(options.getInterceptors())
              .map(
                  (each) ->
                      (each == interceptor)
                          ? interceptor.forNamespace(options.getNamespace())
                          : each)
              .toArray(WorkflowClientInterceptor[]::new));
    };
  }

  @Bean
  @ConditionalOnMissingBean
  TracingWorkerInterceptor temporalTracingWorkerInterceptor(TemporalObservations observations) {
    return new TracingWorkerInterceptor(observations);
  }
}
