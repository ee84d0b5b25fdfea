package dev.temporalboot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.temporalboot.autoconfigure.fixtures.HelloWorkflow;
import dev.temporalboot.autoconfigure.fixtures.scanned.ScannedWorkflowImpl;
import dev.temporalboot.connection.TemporalConnectionDetails;
import dev.temporalboot.internal.embedded.EmbeddedTemporalServer;
import dev.temporalboot.internal.worker.TemporalWorkers;
import dev.temporalboot.internal.worker.WorkerAssembly;
import dev.temporalboot.testsupport.TemporalContextRunners;
import io.temporal.client.WorkflowClient;
import io.temporal.client.schedules.ScheduleClient;
import io.temporal.common.converter.DataConverter;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.worker.WorkerFactory;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** When the starter switches itself on and off, and what it publishes. */
class TemporalAutoConfigurationTests {

  private final ApplicationContextRunner contextRunner = TemporalContextRunners.temporal();

  @Test
  void defaultsGiveAnEmbeddedServerAndEveryClientBean() {
    this.contextRunner.run(
        (context) -> {
          assertThat(context)
              .hasSingleBean(EmbeddedTemporalServer.class)
              .hasSingleBean(TemporalConnectionDetails.class)
              .hasSingleBean(WorkflowServiceStubs.class)
              .hasSingleBean(WorkflowClient.class)
              .hasSingleBean(ScheduleClient.class)
              .hasSingleBean(DataConverter.class)
              .hasSingleBean(WorkerFactory.class)
              .hasSingleBean(TemporalWorkers.class);
          EmbeddedTemporalServer server = context.getBean(EmbeddedTemporalServer.class);
          assertThat(context.getBean(WorkflowServiceStubs.class).getOptions().getTarget())
              .isEqualTo("127.0.0.1:" + server.getPort());
        });
  }

  @Test
  void embeddedServerRegistersTheConnectionNamespace() {
    this.contextRunner
        .withPropertyValues("temporal.connection.namespace=orders")
        .run(
            (context) ->
                assertThat(context.getBean(EmbeddedTemporalServer.class).registeredNamespaces())
                    .containsExactly("default", "orders"));
  }

  @Test
  void disabledStarterCreatesNoTemporalBeans() {
    this.contextRunner
        .withPropertyValues("temporal.enabled=false")
        .run(
            (context) ->
                assertThat(context)
                    .hasNotFailed()
                    .doesNotHaveBean(EmbeddedTemporalServer.class)
                    .doesNotHaveBean(TemporalConnectionDetails.class)
                    .doesNotHaveBean(WorkflowServiceStubs.class)
                    .doesNotHaveBean(WorkflowClient.class)
                    .doesNotHaveBean(ScheduleClient.class)
                    .doesNotHaveBean(DataConverter.class)
                    .doesNotHaveBean(WorkerFactory.class)
                    .doesNotHaveBean(TemporalWorkers.class)
                    .doesNotHaveBean(TemporalProperties.class));
  }

  @Test
  void missingSdkClassCreatesNoTemporalBeans() {
    this.contextRunner
        .withClassLoader(new FilteredClassLoader(WorkflowClient.class))
        .run(
            (context) ->
                assertThat(context)
                    .hasNotFailed()
                    .doesNotHaveBean(EmbeddedTemporalServer.class)
                    .doesNotHaveBean(WorkflowServiceStubs.class)
                    .doesNotHaveBean(WorkflowClient.class)
                    .doesNotHaveBean(WorkerFactory.class));
  }

  @Test
  void missingSdkClientPackageCreatesNoTemporalBeans() {
    this.contextRunner
        .withClassLoader(new FilteredClassLoader("io.temporal.client"))
        .run(
            (context) ->
                assertThat(context)
                    .hasNotFailed()
                    .doesNotHaveBean(EmbeddedTemporalServer.class)
                    .doesNotHaveBean(WorkflowClient.class)
                    .doesNotHaveBean(TemporalProperties.class));
  }

  @Test
  void missingTestServerWithoutTargetConnectsLazilyToTheDefaultTarget() {
    this.contextRunner
        .withClassLoader(new FilteredClassLoader("io.temporal.internal.testservice"))
        .run(
            (context) -> {
              assertThat(context)
                  .hasNotFailed()
                  .doesNotHaveBean(EmbeddedTemporalServer.class)
                  .hasSingleBean(WorkflowClient.class);
              assertThat(context.getBean(WorkflowServiceStubs.class).getOptions().getTarget())
                  .isEqualTo("localhost:7233");
              assertThat(context.getBean(TemporalConnectionDetails.class).getTarget())
                  .isEqualTo("localhost:7233");
              assertThat(context.getEnvironment().containsProperty("local.temporal.port"))
                  .isFalse();
            });
  }

  @Test
  void connectionTargetTurnsTheEmbeddedServerOff() {
    this.contextRunner
        .withPropertyValues("temporal.connection.target=temporal.example.com:7233")
        .run(
            (context) -> {
              assertThat(context).hasNotFailed().doesNotHaveBean(EmbeddedTemporalServer.class);
              assertThat(context.getBean(WorkflowServiceStubs.class).getOptions().getTarget())
                  .isEqualTo("temporal.example.com:7233");
            });
  }

  @Test
  void embeddedServerCanBeSwitchedOff() {
    this.contextRunner
        .withPropertyValues("temporal.embedded.enabled=false")
        .run(
            (context) -> {
              assertThat(context).hasNotFailed().doesNotHaveBean(EmbeddedTemporalServer.class);
              assertThat(context.getBean(WorkflowServiceStubs.class).getOptions().getTarget())
                  .isEqualTo("localhost:7233");
            });
  }

  @Test
  void clientOnlyApplicationHasClientsButNoWorkers() {
    TemporalContextRunners.bindingOnly()
        .withPropertyValues("temporal.workers-enabled=false")
        .run(
            (context) ->
                assertThat(context)
                    .hasSingleBean(WorkflowClient.class)
                    .hasSingleBean(ScheduleClient.class)
                    .doesNotHaveBean(WorkerFactory.class)
                    .doesNotHaveBean(TemporalWorkers.class));
  }

  @Test
  void embeddedServerPortIsPublishedAsLocalTemporalPort() {
    this.contextRunner.run(
        (context) -> {
          int port = context.getBean(EmbeddedTemporalServer.class).getPort();
          assertThat(port).isPositive().isNotEqualTo(7233);
          assertThat(context.getEnvironment().getProperty("local.temporal.port", Integer.class))
              .isEqualTo(port);
        });
  }

  @Test
  void ipv6EmbeddedAddressIsBracketedInTheTarget() {
    assumeThat(ipv6LoopbackAvailable()).as("IPv6 loopback available").isTrue();
    this.contextRunner
        .withPropertyValues("temporal.embedded.address=::1")
        .run(
            (context) -> {
              EmbeddedTemporalServer server = context.getBean(EmbeddedTemporalServer.class);
              assertThat(server.getTarget()).isEqualTo("[::1]:" + server.getPort());
              assertThat(context.getBean(WorkflowServiceStubs.class).getOptions().getTarget())
                  .isEqualTo("[::1]:" + server.getPort());
            });
  }

  @Test
  void workflowImplClassesAreFoundInTheAutoConfigurationPackages() {
    TemporalContextRunners.bindingOnly()
        .withUserConfiguration(ScannedPackageConfiguration.class)
        .withPropertyValues("scanned.queue=scanned-queue")
        .run(
            (context) -> {
              assertThat(context.getBean(WorkerAssembly.class).plan().workers())
                  .singleElement()
                  .satisfies(
                      (definition) -> {
                        assertThat(definition.getTaskQueue()).isEqualTo("scanned-queue");
                        assertThat(definition.getWorkflowTypes())
                            .containsExactly(HelloWorkflow.class.getSimpleName());
                      });
              assertThat(context.getBean(WorkerFactory.class).tryGetWorker("scanned-queue"))
                  .isNotNull();
            });
  }

  private static boolean ipv6LoopbackAvailable() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("::1"))) {
      return socket.getLocalPort() > 0;
    } catch (IOException ex) {
      return false;
    }
  }

  @Configuration(proxyBeanMethods = false)
  @AutoConfigurationPackage(basePackageClasses = ScannedWorkflowImpl.class)
  static class ScannedPackageConfiguration {}
}
