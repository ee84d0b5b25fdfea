package dev.temporalboot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.temporalboot.TemporalCustomizer;
import dev.temporalboot.TemporalWorkflows;
import dev.temporalboot.testsupport.TemporalContextRunners;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.client.WorkflowClientPlugin;
import io.temporal.common.SimplePlugin;
import io.temporal.common.converter.DataConverter;
import io.temporal.common.interceptors.WorkflowClientInterceptor;
import io.temporal.common.interceptors.WorkflowClientInterceptorBase;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.worker.WorkerFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The beans of a {@code temporal.namespaces} entry: qualified, replaceable, customizable. */
class NamespaceBeansTests {

  private final ApplicationContextRunner runner =
      TemporalContextRunners.bindingOnly()
          .withPropertyValues("temporal.namespaces.billing.namespace=billing-prod");

  @Test
  void noEntryRegistersNothingBeyondTheUsualBeans() {
    TemporalContextRunners.bindingOnly()
        .run(
            (context) -> {
              assertThat(context).hasSingleBean(WorkflowClient.class);
              assertThat(context).doesNotHaveBean("temporalNamespaceChannels");
            });
  }

  @Test
  void eachEntryGetsQualifiedBeansBesideThePrimaryOnes() {
    this.runner.run(
        (context) -> {
          assertThat(context).hasNotFailed();
          assertThat(context.getBean(WorkflowClient.class).getOptions().getNamespace())
              .isEqualTo("default");
          WorkflowClient billing =
              context.getBean("temporalWorkflowClient.billing", WorkflowClient.class);
          assertThat(billing.getOptions().getNamespace()).isEqualTo("billing-prod");
          assertThat(context.getBeansOfType(WorkflowClient.class)).hasSize(2);
          assertThat(context.getBeansOfType(TemporalWorkflows.class)).hasSize(2);
          assertThat(context.getBeansOfType(WorkerFactory.class)).hasSize(2);
        });
  }

  @Test
  void aConnectionKeyOfItsOwnGivesTheEntryItsOwnChannel() {
    this.runner
        .withPropertyValues("temporal.namespaces.billing.connection.rpc-timeout=3s")
        .run(
            (context) -> {
              WorkflowServiceStubs billing =
                  context.getBean(
                      "temporalWorkflowServiceStubs.billing", WorkflowServiceStubs.class);
              assertThat(billing).isNotSameAs(context.getBean(WorkflowServiceStubs.class));
              assertThat(billing.getOptions().getRpcTimeout()).hasSeconds(3);
              assertThat(billing.getOptions().getTarget())
                  .isEqualTo(TemporalContextRunners.UNREACHABLE_TARGET);
            });
  }

  @Test
  void twoEntriesWithTheSameConnectionShareOneChannel() {
    this.runner
        .withPropertyValues(
            "temporal.namespaces.billing.connection.rpc-timeout=3s",
            "temporal.namespaces.payments.connection.rpc-timeout=3s")
        .run(
            (context) ->
                assertThat(context.getBean("temporalWorkflowServiceStubs.billing"))
                    .isSameAs(context.getBean("temporalWorkflowServiceStubs.payments")));
  }

  @Test
  void anApplicationBeanQualifiedWithTheAliasReplacesOursAndTheWorkersUseIt() {
    this.runner
        .withUserConfiguration(OwnBillingClient.class)
        .run(
            (context) -> {
              assertThat(context).doesNotHaveBean("temporalWorkflowClient.billing");
              WorkflowClient own = context.getBean("ownBillingClient", WorkflowClient.class);
              assertThat(
                      context
                          .getBean("temporalWorkerFactory.billing", WorkerFactory.class)
                          .getWorkflowClient())
                  .isSameAs(own);
              // Unqualified injection still gets the primary namespace's client.
              assertThat(context.getBean(WorkflowClient.class).getOptions().getNamespace())
                  .isEqualTo("default");
            });
  }

  @Test
  void aCustomizerQualifiedWithAnAliasAppliesToThatNamespaceOnly() {
    this.runner
        .withUserConfiguration(Customizers.class)
        .run(
            (context) -> {
              assertThat(context.getBean(WorkflowClient.class).getOptions().getIdentity())
                  .isEqualTo("everyone");
              assertThat(
                      context
                          .getBean("temporalWorkflowClient.billing", WorkflowClient.class)
                          .getOptions()
                          .getIdentity())
                  .isEqualTo("billing only");
            });
  }

  @Test
  void interceptorPluginAndDataConverterBeansApplyToEveryNamespace() {
    this.runner
        .withUserConfiguration(SharedBeans.class)
        .run(
            (context) -> {
              WorkflowClient primary = context.getBean(WorkflowClient.class);
              WorkflowClient billing =
                  context.getBean("temporalWorkflowClient.billing", WorkflowClient.class);
              for (WorkflowClient client : java.util.List.of(primary, billing)) {
                assertThat(client.getOptions().getInterceptors())
                    .contains(context.getBean(WorkflowClientInterceptor.class));
                assertThat(client.getOptions().getPlugins())
                    .contains(context.getBean(WorkflowClientPlugin.class));
                assertThat(client.getOptions().getDataConverter())
                    .isSameAs(context.getBean(DataConverter.class));
              }
            });
  }

  @Configuration(proxyBeanMethods = false)
  static class SharedBeans {

    @Bean
    WorkflowClientInterceptor everyClientsInterceptor() {
      return new WorkflowClientInterceptorBase();
    }

    @Bean
    WorkflowClientPlugin everyClientsPlugin() {
      return SimplePlugin.newBuilder("every-client").build();
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class OwnBillingClient {

    @Bean(defaultCandidate = false)
    @Qualifier("billing")
    WorkflowClient ownBillingClient(WorkflowServiceStubs stubs) {
      return WorkflowClient.newInstance(
          stubs, WorkflowClientOptions.newBuilder().setNamespace("billing-own").build());
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class Customizers {

    @Bean
    @org.springframework.core.annotation.Order(1)
    TemporalCustomizer<WorkflowClientOptions.Builder> everyone() {
      return (builder) -> builder.setIdentity("everyone");
    }

    @Bean
    @Qualifier("billing")
    @org.springframework.core.annotation.Order(2)
    TemporalCustomizer<WorkflowClientOptions.Builder> billingOnly() {
      return (builder) -> builder.setIdentity("billing only");
    }
  }
}
