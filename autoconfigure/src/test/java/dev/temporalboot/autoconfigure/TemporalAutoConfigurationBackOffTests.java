package dev.temporalboot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.temporalboot.autoconfigure.fixtures.HelloWorkflowImpl;
import dev.temporalboot.connection.TemporalConnectionDetails;
import dev.temporalboot.internal.embedded.EmbeddedTemporalServer;
import dev.temporalboot.internal.worker.TemporalWorkers;
import dev.temporalboot.testsupport.TemporalContextRunners;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.client.schedules.ScheduleClient;
import io.temporal.common.converter.DataConverter;
import io.temporal.common.converter.DefaultDataConverter;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import io.temporal.worker.WorkerFactory;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Every bean we define backs off when the application defines its own, which is then used. */
class TemporalAutoConfigurationBackOffTests {

  private final ApplicationContextRunner contextRunner = TemporalContextRunners.bindingOnly();

  @Test
  void userServiceStubsReplaceOursAndAreUsedByOurClients() {
    this.contextRunner
        .withUserConfiguration(UserStubsConfiguration.class)
        .run(
            (context) -> {
              assertThat(context.getBean(WorkflowServiceStubs.class))
                  .isSameAs(context.getBean("userStubs"));
              // The client wraps the stubs it is given, so compare what they connect to.
              assertThat(
                      context
                          .getBean(WorkflowClient.class)
                          .getWorkflowServiceStubs()
                          .getOptions()
                          .getTarget())
                  .isEqualTo("user-stubs:7233");
            });
  }

  @Test
  void userWorkflowClientReplacesOursAndIsUsedByTheWorkerFactory() {
    this.contextRunner
        .withUserConfiguration(UserWorkflowClientConfiguration.class)
        .run(
            (context) -> {
              WorkflowClient client = context.getBean(WorkflowClient.class);
              assertThat(client.getOptions().getIdentity()).isEqualTo("user-client");
              assertThat(context.getBean(WorkerFactory.class).getWorkflowClient()).isSameAs(client);
              assertThat(context).hasSingleBean(ScheduleClient.class);
            });
  }

  @Test
  void userScheduleClientReplacesOurs() {
    this.contextRunner
        .withUserConfiguration(UserScheduleClientConfiguration.class)
        .run(
            (context) ->
                assertThat(context.getBean(ScheduleClient.class))
                    .isSameAs(context.getBean(UserScheduleClientConfiguration.class).client));
  }

  @Test
  void userWorkerFactoryReplacesOursAndGetsTheWorkers() {
    this.contextRunner
        .withUserConfiguration(UserWorkerFactoryConfiguration.class)
        .withPropertyValues(
            "temporal.workers[0].task-queue=user-factory",
            "temporal.workers[0].workflow-classes=" + HelloWorkflowImpl.class.getName())
        .run(
            (context) -> {
              WorkerFactory factory = context.getBean(WorkerFactory.class);
              assertThat(factory).isSameAs(context.getBean("userWorkerFactory"));
              assertThat(factory.tryGetWorker("user-factory")).isNotNull();
              assertThat(context).hasSingleBean(TemporalWorkers.class);
            });
  }

  @Test
  void userDataConverterReplacesOursAndIsUsedByTheClient() {
    DataConverter converter = DefaultDataConverter.newDefaultInstance();
    this.contextRunner
        .withBean(DataConverter.class, () -> converter)
        .run(
            (context) -> {
              assertThat(context.getBean(DataConverter.class)).isSameAs(converter);
              assertThat(context.getBean(WorkflowClient.class).getOptions().getDataConverter())
                  .isSameAs(converter);
            });
  }

  @Test
  void userConnectionDetailsReplaceOursAndAreUsedByStubsAndClient() {
    TemporalContextRunners.temporal()
        .withBean(TemporalConnectionDetails.class, UserConnectionDetails::new)
        .run(
            (context) -> {
              assertThat(context.getBean(TemporalConnectionDetails.class))
                  .isInstanceOf(UserConnectionDetails.class);
              assertThat(context.getBean(WorkflowServiceStubs.class).getOptions().getTarget())
                  .isEqualTo("details.example.com:7233");
              assertThat(context.getBean(WorkflowClient.class).getOptions().getNamespace())
                  .isEqualTo("details-namespace");
            });
  }

  @Test
  void userConnectionDetailsSwitchTheEmbeddedServerOff() {
    TemporalContextRunners.temporal()
        .withBean(TemporalConnectionDetails.class, UserConnectionDetails::new)
        .run((context) -> assertThat(context).doesNotHaveBean(EmbeddedTemporalServer.class));
  }

  @Test
  void userEmbeddedServerReplacesOursAndIsConnectedTo() {
    TemporalContextRunners.temporal()
        .withUserConfiguration(UserEmbeddedServerConfiguration.class)
        .run(
            (context) -> {
              EmbeddedTemporalServer server = context.getBean(EmbeddedTemporalServer.class);
              assertThat(server).isSameAs(context.getBean("userEmbeddedServer"));
              assertThat(context.getBean(WorkflowServiceStubs.class).getOptions().getTarget())
                  .isEqualTo(server.getTarget());
            });
  }

  @Configuration(proxyBeanMethods = false)
  static class UserStubsConfiguration {

    @Bean(destroyMethod = "shutdownNow")
    WorkflowServiceStubs userStubs() {
      return WorkflowServiceStubs.newServiceStubs(
          WorkflowServiceStubsOptions.newBuilder().setTarget("user-stubs:7233").build());
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class UserWorkflowClientConfiguration {

    @Bean
    WorkflowClient userWorkflowClient(WorkflowServiceStubs stubs) {
      return WorkflowClient.newInstance(
          stubs, WorkflowClientOptions.newBuilder().setIdentity("user-client").build());
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class UserScheduleClientConfiguration {

    ScheduleClient client;

    @Bean
    ScheduleClient userScheduleClient(WorkflowServiceStubs stubs) {
      this.client = ScheduleClient.newInstance(stubs);
      return this.client;
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class UserWorkerFactoryConfiguration {

    @Bean
    WorkerFactory userWorkerFactory(WorkflowClient client) {
      return WorkerFactory.newInstance(client);
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class UserEmbeddedServerConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedTemporalServer userEmbeddedServer() {
      EmbeddedTemporalServer server = new EmbeddedTemporalServer("127.0.0.1", 0, false);
      server.start();
      return server;
    }
  }

  static class UserConnectionDetails implements TemporalConnectionDetails {

    @Override
    public String getTarget() {
      return "details.example.com:7233";
    }

    @Override
    public String getNamespace() {
      return "details-namespace";
    }
  }
}
