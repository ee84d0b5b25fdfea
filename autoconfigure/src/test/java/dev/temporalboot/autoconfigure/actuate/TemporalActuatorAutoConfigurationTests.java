package dev.temporalboot.autoconfigure.actuate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.uber.m3.tally.Scope;
import dev.temporalboot.internal.actuate.TemporalEndpoint;
import dev.temporalboot.internal.actuate.TemporalEndpointWebExtension;
import dev.temporalboot.internal.actuate.TemporalInfoContributor;
import dev.temporalboot.testsupport.TemporalContextRunners;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.temporal.serviceclient.WorkflowServiceStubs;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroup;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroupsPostProcessor;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Each actuator add-on switches on with its library and off without it. */
class TemporalActuatorAutoConfigurationTests {

  private final ApplicationContextRunner contextRunner =
      TemporalContextRunners.bindingOnly()
          .withConfiguration(
              AutoConfigurations.of(
                  TemporalHealthContributorAutoConfiguration.class,
                  TemporalEndpointAutoConfiguration.class,
                  TemporalMetricsAutoConfiguration.class,
                  TemporalInfoContributorAutoConfiguration.class))
          .withPropertyValues("management.endpoints.web.exposure.include=temporal")
          .withBean(SimpleMeterRegistry.class);

  @Test
  void everyAddOnIsActiveWithItsLibrary() {
    this.contextRunner.run(
        (context) -> {
          assertThat(context)
              .hasBean("temporalHealthContributor")
              .hasSingleBean(TemporalEndpoint.class)
              .hasSingleBean(TemporalEndpointWebExtension.class)
              .hasSingleBean(TemporalInfoContributor.class)
              .hasBean("temporalReadinessGroupPostProcessor");
          assertThat(context.getBean(WorkflowServiceStubs.class).getOptions().getMetricsScope())
              .isSameAs(context.getBean(Scope.class));
        });
  }

  @Test
  void healthContributorComposesTheConnectionAndTheWorkers() {
    this.contextRunner.run(
        (context) -> {
          CompositeHealthContributor temporal =
              context.getBean("temporalHealthContributor", CompositeHealthContributor.class);
          assertThat(temporal.getContributor("connection")).isNotNull();
          assertThat(temporal.getContributor("workers")).isNotNull();
        });
  }

  @Test
  void clientOnlyApplicationReportsOnlyTheConnection() {
    this.contextRunner
        .withPropertyValues("temporal.workers-enabled=false")
        .run(
            (context) -> {
              CompositeHealthContributor temporal =
                  context.getBean("temporalHealthContributor", CompositeHealthContributor.class);
              assertThat(temporal.getContributor("connection")).isNotNull();
              assertThat(temporal.getContributor("workers")).isNull();
            });
  }

  @Test
  void eachNamespaceAliasAddsAComponentWithItsConnectionAndWorkers() {
    this.contextRunner
        .withPropertyValues("temporal.namespaces.billing.namespace=billing-prod")
        .run(
            (context) -> {
              CompositeHealthContributor temporal =
                  context.getBean("temporalHealthContributor", CompositeHealthContributor.class);
              assertThat(temporal.getContributor("connection")).isNotNull();
              assertThat(temporal.getContributor("workers")).isNotNull();
              assertThat(temporal.getContributor("billing"))
                  .isInstanceOfSatisfying(
                      CompositeHealthContributor.class,
                      (billing) -> {
                        assertThat(billing.getContributor("connection")).isNotNull();
                        assertThat(billing.getContributor("workers")).isNotNull();
                      });
            });
  }

  @Test
  void withoutNamespaceAliasesHealthHasOnlyThePrimaryNamespacesComponents() {
    this.contextRunner.run(
        (context) ->
            assertThat(
                    context
                        .getBean("temporalHealthContributor", CompositeHealthContributor.class)
                        .stream()
                        .map(CompositeHealthContributor.Entry::name))
                .containsExactly("connection", "workers"));
  }

  @Test
  void healthContributorCanBeSwitchedOff() {
    this.contextRunner
        .withPropertyValues("management.health.temporal.enabled=false")
        .run((context) -> assertThat(context).doesNotHaveBean("temporalHealthContributor"));
  }

  @Test
  void readinessGroupIsLeftAloneWhenTheApplicationListsItsMembers() {
    this.contextRunner
        .withPropertyValues("management.endpoint.health.group.readiness.include=readinessState")
        .run(
            (context) -> {
              HealthEndpointGroups groups =
                  HealthEndpointGroups.of(mock(HealthEndpointGroup.class), Map.of());
              assertThat(
                      context
                          .getBean(
                              "temporalReadinessGroupPostProcessor",
                              HealthEndpointGroupsPostProcessor.class)
                          .postProcessHealthEndpointGroups(groups))
                  .isSameAs(groups);
            });
  }

  @Test
  void endpointShowsThatAnApiKeyIsSetButNeverItsValue() {
    this.contextRunner
        .withPropertyValues(
            "temporal.connection.target=temporal.example.com:7233",
            "temporal.connection.api-key=very-secret-key")
        .run(
            (context) -> {
              String json =
                  new ObjectMapper()
                      .writeValueAsString(context.getBean(TemporalEndpoint.class).temporal());
              assertThat(json)
                  .contains("\"target\":\"temporal.example.com:7233\"")
                  .contains("\"apiKeySet\":true")
                  .contains("\"tls\":true")
                  .contains("\"embedded\":false")
                  .doesNotContain("very-secret-key");
            });
  }

  @Test
  void endpointShowsThatAnAliasHasAnApiKeyButNeverItsValue() {
    this.contextRunner
        .withPropertyValues(
            "temporal.connection.target=temporal.example.com:7233",
            "temporal.namespaces.billing.namespace=billing-prod",
            "temporal.namespaces.billing.connection.target=billing.example.com:7233",
            "temporal.namespaces.billing.connection.api-key=billing-secret-key")
        .run(
            (context) -> {
              Map<String, Object> body = context.getBean(TemporalEndpoint.class).temporal();
              String json = new ObjectMapper().writeValueAsString(body.get("namespaces"));
              assertThat(json)
                  .contains("\"billing\":{\"namespace\":\"billing-prod\"")
                  .contains("\"target\":\"billing.example.com:7233\"")
                  .contains("\"apiKeySet\":true")
                  .contains("\"tls\":true")
                  .doesNotContain("billing-secret-key");
              assertThat(new ObjectMapper().writeValueAsString(body.get("connection")))
                  .contains("\"apiKeySet\":false");
            });
  }

  @Test
  void healthBacksOffWithoutSpringBootHealth() {
    this.contextRunner
        .withClassLoader(new FilteredClassLoader(HealthContributor.class))
        .run(
            (context) ->
                assertThat(context)
                    .hasNotFailed()
                    .doesNotHaveBean("temporalHealthContributor")
                    .hasSingleBean(WorkflowServiceStubs.class));
  }

  @Test
  void endpointAndInfoBackOffWithoutTheActuator() {
    this.contextRunner
        .withClassLoader(new FilteredClassLoader(Endpoint.class, InfoContributor.class))
        .run(
            (context) ->
                assertThat(context)
                    .hasNotFailed()
                    .doesNotHaveBean(TemporalEndpoint.class)
                    .doesNotHaveBean(TemporalInfoContributor.class)
                    .doesNotHaveBean("temporalReadinessGroupPostProcessor"));
  }

  @Test
  void metricsBackOffWithoutMicrometer() {
    this.contextRunner
        .withClassLoader(new FilteredClassLoader(MeterRegistry.class))
        .run(
            (context) ->
                assertThat(context)
                    .hasNotFailed()
                    .doesNotHaveBean(Scope.class)
                    .doesNotHaveBean("temporalMetricsScopeCustomizer"));
  }

  @Test
  void metricsBackOffWithoutAMeterRegistry() {
    TemporalContextRunners.bindingOnly()
        .withConfiguration(AutoConfigurations.of(TemporalMetricsAutoConfiguration.class))
        .run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(Scope.class));
  }
}
