package dev.temporalboot.autoconfigure.actuate;

import com.uber.m3.tally.Scope;
import dev.temporalboot.TemporalCustomizer;
import dev.temporalboot.autoconfigure.TemporalAutoConfiguration;
import dev.temporalboot.autoconfigure.TemporalProperties;
import dev.temporalboot.autoconfigure.internal.ConditionalOnTemporalSwitch;
import dev.temporalboot.connection.TemporalConnectionDetails;
import dev.temporalboot.internal.actuate.MicrometerScope;
import io.micrometer.core.instrument.MeterRegistry;
import io.temporal.common.reporter.MicrometerClientStatsReporter;
import io.temporal.serviceclient.MetricsTag;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Reports the SDK's client and worker metrics into the application's {@link MeterRegistry}, with
 * the names, tags and timer histograms of the SDK's Micrometer reporter, through a scope that
 * records straight into the registry (see {@link MicrometerScope}). The registry's common tags and
 * filters ({@code management.metrics.*}) apply as to any other meter.
 */
@AutoConfiguration(
    before = TemporalAutoConfiguration.class,
    afterName =
        "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration")
@ConditionalOnClass({MeterRegistry.class, MicrometerClientStatsReporter.class, Scope.class})
@ConditionalOnBean(MeterRegistry.class)
@ConditionalOnTemporalSwitch
@EnableConfigurationProperties(TemporalProperties.class)
public class TemporalMetricsAutoConfiguration {

  /** Closing the scope leaves the registry open: the registry is the application's. */
  @Bean
  @ConditionalOnMissingBean(name = "temporalMetricsScope")
  Scope temporalMetricsScope(
      MeterRegistry registry,
      TemporalProperties properties,
      ObjectProvider<TemporalConnectionDetails> details) {
    // The details' namespace: a service connection (e.g. Testcontainers) may name its own.
    TemporalConnectionDetails connection = details.getIfUnique();
    String namespace =
        (connection != null)
            ? connection.getNamespace()
            : properties.getConnection().getNamespace();
    // Prometheus keeps one set of tag keys per meter name and drops a meter that differs. The SDK
    // adds keys its default tags lack to some series of shared names: update_name to the update
    // calls of temporal_long_request_*, nexus_service and nexus_operation to the RespondNexusTask*
    // calls of temporal_request*. Without these defaults, whichever series registers second never
    // reaches a scrape.
    return MicrometerScope.root(
        registry,
        Map.of(
            MetricsTag.NAMESPACE,
            namespace,
            MetricsTag.UPDATE_NAME,
            MetricsTag.DEFAULT_VALUE,
            MetricsTag.NEXUS_SERVICE,
            MetricsTag.DEFAULT_VALUE,
            MetricsTag.NEXUS_OPERATION,
            MetricsTag.DEFAULT_VALUE));
  }

  @Bean
  TemporalCustomizer<WorkflowServiceStubsOptions.Builder> temporalMetricsScopeCustomizer(
      Scope temporalMetricsScope) {
    return (builder) -> builder.setMetricsScope(temporalMetricsScope);
  }
}
