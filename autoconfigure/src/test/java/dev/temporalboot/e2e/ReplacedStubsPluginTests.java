package dev.temporalboot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.temporalboot.autoconfigure.fixtures.HelloWorkflow;
import dev.temporalboot.autoconfigure.fixtures.HelloWorkflowImpl;
import dev.temporalboot.connection.TemporalConnectionDetails;
import dev.temporalboot.e2e.codec.XorPayloadCodec;
import dev.temporalboot.e2e.plugins.CountingPlugin;
import dev.temporalboot.testsupport.TemporalContextRunners;
import io.temporal.api.common.v1.Payload;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.common.SimplePlugin;
import io.temporal.common.converter.CodecDataConverter;
import io.temporal.common.converter.EncodingKeys;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * An application that builds its own WorkflowServiceStubs still gets the client plugins on the
 * starter's clients and workers, once, whether or not its stubs carry them.
 */
class ReplacedStubsPluginTests {

  private static final String QUEUE = "replaced-stubs";

  private final ApplicationContextRunner contextRunner =
      TemporalContextRunners.withWorker(QUEUE, HelloWorkflowImpl.class)
          .withUserConfiguration(PluginConfiguration.class);

  @Test
  void stubsWithoutPluginsLeaveTheClientPluginsToTheStarter() {
    this.contextRunner
        .withUserConfiguration(PlainStubsConfiguration.class)
        .run(
            (context) -> {
              CountingPlugin plugin = context.getBean(CountingPlugin.class);
              assertThat(context.getBean(WorkflowServiceStubs.class).getOptions().getPlugins())
                  .isEmpty();
              assertHelloIsEncodedByThePlugin(context, "plain-stubs");
              assertThat(plugin.stubs).hasValue(0);
              assertAppliedOnceBelowTheStubs(plugin);
            });
  }

  @Test
  void stubsCarryingThePluginHandItDownOnlyOnce() {
    this.contextRunner
        .withUserConfiguration(StubsWithPluginConfiguration.class)
        .run(
            (context) -> {
              CountingPlugin plugin = context.getBean(CountingPlugin.class);
              assertHelloIsEncodedByThePlugin(context, "plugin-stubs");
              assertThat(plugin.stubs).hasValue(1);
              assertAppliedOnceBelowTheStubs(plugin);
            });
  }

  private static void assertAppliedOnceBelowTheStubs(CountingPlugin plugin) {
    assertThat(plugin.client).hasValue(1);
    assertThat(plugin.scheduleClient).hasValue(1);
    assertThat(plugin.workerFactory).hasValue(1);
    assertThat(plugin.workers.get(QUEUE)).hasValue(1);
  }

  private static void assertHelloIsEncodedByThePlugin(
      AssertableApplicationContext context, String workflowId) {
    assertThat(context).hasNotFailed();
    WorkflowClient client = context.getBean(WorkflowClient.class);
    assertThat(Arrays.asList(client.getOptions().getPlugins()))
        .containsOnlyOnce(context.getBean(CountingPlugin.class));
    HelloWorkflow hello =
        client.newWorkflowStub(
            HelloWorkflow.class,
            WorkflowOptions.newBuilder()
                .setTaskQueue(QUEUE)
                .setWorkflowId(workflowId)
                .setWorkflowExecutionTimeout(Duration.ofSeconds(30))
                .build());
    assertThat(hello.hello("Grace")).isEqualTo("Hello, Grace");
    Payload input =
        client
            .fetchHistory(workflowId)
            .getEvents()
            .get(0)
            .getWorkflowExecutionStartedEventAttributes()
            .getInput()
            .getPayloads(0);
    assertThat(input.getMetadataMap().get(EncodingKeys.METADATA_ENCODING_KEY))
        .isEqualTo(XorPayloadCodec.ENCODING);
  }

  @Configuration(proxyBeanMethods = false)
  static class PluginConfiguration {

    @Bean
    CountingPlugin encodingPlugin() {
      return new CountingPlugin(
          SimplePlugin.newBuilder("e2e.encoding")
              .customizeDataConverter(
                  (converter) ->
                      new CodecDataConverter(converter, List.of(new XorPayloadCodec()))));
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class PlainStubsConfiguration {

    @Bean(destroyMethod = "shutdown")
    WorkflowServiceStubs applicationStubs(TemporalConnectionDetails details) {
      return WorkflowServiceStubs.newServiceStubs(
          WorkflowServiceStubsOptions.newBuilder().setTarget(details.getTarget()).build());
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class StubsWithPluginConfiguration {

    @Bean(destroyMethod = "shutdown")
    WorkflowServiceStubs applicationStubs(
        TemporalConnectionDetails details, CountingPlugin plugin) {
      return WorkflowServiceStubs.newServiceStubs(
          WorkflowServiceStubsOptions.newBuilder()
              .setTarget(details.getTarget())
              .setPlugins(plugin)
              .build());
    }
  }
}
