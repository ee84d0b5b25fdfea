package dev.temporalboot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.temporalboot.e2e.codec.XorPayloadCodec;
import dev.temporalboot.e2e.plugins.CallRecorder;
import dev.temporalboot.e2e.plugins.CountingPlugin;
import dev.temporalboot.e2e.plugins.GreetingWorkflow;
import dev.temporalboot.e2e.plugins.OrderProbe;
import dev.temporalboot.e2e.plugins.PluginApplication;
import dev.temporalboot.e2e.plugins.PluginOnlyWorkflow;
import dev.temporalboot.internal.worker.slots.SlotCounts;
import io.temporal.api.common.v1.Payload;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.common.converter.EncodingKeys;
import io.temporal.common.interceptors.WorkerInterceptor;
import io.temporal.common.interceptors.WorkflowClientInterceptor;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.worker.WorkerFactory;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;

/** SDK plugin beans applied to the stubs, clients, worker factory and workers, on a real server. */
@SpringBootTest(
    classes = PluginApplication.class,
    properties = {
      "temporal.embedded.port=0",
      "temporal.connection.rpc-timeout=5s",
      "temporal.connection.identity=from-yaml",
      "temporal.activities.default.start-to-close-timeout=10s",
      "temporal.workers[0].task-queue=" + PluginApplication.QUEUE,
      "temporal.workers[0].max-concurrent-workflow-tasks=" + PluginApplication.YAML_TASKS
    })
class SdkPluginsTests {

  @Autowired WorkflowClient client;

  @Autowired WorkflowServiceStubs stubs;

  @Autowired WorkerFactory factory;

  @Autowired CallRecorder recorder;

  @Autowired CountingPlugin everything;

  @Autowired
  @Qualifier("firstProbe")
  OrderProbe first;

  @Autowired WorkflowClientInterceptor beanClientInterceptor;

  @Autowired WorkerInterceptor beanWorkerInterceptor;

  @Test
  void pluginInterceptorsSeeTheClientCallAndTheWorkersTasks() {
    assertThat(greeting("intercepted").greet("ada")).isEqualTo("Hello, ADA!");

    assertThat(this.recorder.calls())
        .contains(
            "client start GreetingWorkflow",
            "worker workflow GreetingWorkflow",
            "worker activity Shout");
  }

  @Test
  void pluginDataConverterEncodesWhatTheClientSendsAndTheWorkerReturns() {
    assertThat(greeting("encoded").greet("bob")).isEqualTo("Hello, BOB!");

    List<HistoryEvent> events = this.client.fetchHistory("encoded").getEvents();
    Payload input =
        events.get(0).getWorkflowExecutionStartedEventAttributes().getInput().getPayloads(0);
    Payload result =
        events.stream()
            .filter(HistoryEvent::hasWorkflowExecutionCompletedEventAttributes)
            .findFirst()
            .orElseThrow()
            .getWorkflowExecutionCompletedEventAttributes()
            .getResult()
            .getPayloads(0);
    assertThat(input.getMetadataMap().get(EncodingKeys.METADATA_ENCODING_KEY))
        .isEqualTo(XorPayloadCodec.ENCODING);
    assertThat(result.getMetadataMap().get(EncodingKeys.METADATA_ENCODING_KEY))
        .isEqualTo(XorPayloadCodec.ENCODING);
  }

  @Test
  void workflowThePluginRegistersInInitializeWorkerRunsToCompletion() {
    PluginOnlyWorkflow workflow =
        this.client.newWorkflowStub(
            PluginOnlyWorkflow.class,
            WorkflowOptions.newBuilder()
                .setTaskQueue(PluginApplication.QUEUE)
                .setWorkflowId("plugin-only")
                .setWorkflowExecutionTimeout(Duration.ofSeconds(30))
                .build());

    assertThat(workflow.count(3)).isEqualTo("123");
  }

  @Test
  void simplePluginIsAppliedOncePerComponent() {
    assertThat(this.everything.stubs).hasValue(1);
    assertThat(this.everything.client).hasValue(1);
    assertThat(this.everything.scheduleClient).hasValue(1);
    assertThat(this.everything.workerFactory).hasValue(1);
    assertThat(this.everything.workers).containsOnlyKeys(PluginApplication.QUEUE);
    assertThat(this.everything.workers.get(PluginApplication.QUEUE)).hasValue(1);
    assertThat(this.recorder.configured())
        .containsOnlyOnce("everything started " + PluginApplication.QUEUE);
    assertThat(Arrays.asList(this.stubs.getOptions().getPlugins()))
        .containsOnlyOnce(this.everything);
    assertThat(Arrays.asList(this.client.getOptions().getPlugins()))
        .containsOnlyOnce(this.everything);
  }

  @Test
  void pluginsRunInOrderOnEveryComponent() {
    Map<String, List<String>> expected =
        Map.of(
            "stubs",
            List.of("first stubs", "second stubs"),
            "client",
            List.of("first client", "second client"),
            "schedule-client",
            List.of("first schedule-client", "second schedule-client"),
            "worker-factory",
            List.of("first worker-factory", "second worker-factory"),
            "worker",
            List.of("first worker " + PluginApplication.QUEUE, "second worker plugins"));
    List<String> configured = this.recorder.configured();
    expected.forEach(
        (component, calls) ->
            assertThat(configured)
                .as(component)
                .filteredOn((call) -> call.split(" ")[1].equals(component))
                .containsExactlyElementsOf(calls));
  }

  @Test
  @SuppressWarnings("unchecked")
  void pluginsSeeTheOptionsAfterYamlInterceptorBeansAndCustomizers() {
    Map<String, Object> seen = this.first.seen;
    assertThat(seen.get("stubs.rpcTimeout")).isEqualTo(Duration.ofSeconds(42));
    assertThat(seen.get("client.identity")).isEqualTo("from-customizer");
    assertThat(seen.get("schedule-client.identity")).isEqualTo("from-yaml");
    assertThat((List<Object>) seen.get("client.interceptors")).contains(this.beanClientInterceptor);
    assertThat((List<Object>) seen.get("worker-factory.interceptors"))
        .contains(this.beanWorkerInterceptor);
    assertThat(seen.get("worker." + PluginApplication.QUEUE + ".maxConcurrentWorkflowTasks"))
        .isEqualTo(PluginApplication.QUEUE_CUSTOMIZER_TASKS);
  }

  @Test
  void pluginsHaveTheLastWordOnTheEffectiveOptions() {
    assertThat(
            SlotCounts.of(this.factory.getWorker(PluginApplication.QUEUE).getWorkerOptions())
                .workflowTasks())
        .isEqualTo(PluginApplication.PLUGIN_TASKS);
    List<WorkflowClientInterceptor> interceptors =
        Arrays.asList(this.client.getOptions().getInterceptors());
    assertThat(interceptors).contains(this.beanClientInterceptor);
    // A SimplePlugin appends its interceptors to those the beans set.
    assertThat(interceptors.get(interceptors.size() - 1).getClass().getEnclosingClass())
        .isEqualTo(CallRecorder.class);
  }

  private GreetingWorkflow greeting(String workflowId) {
    return this.client.newWorkflowStub(
        GreetingWorkflow.class,
        WorkflowOptions.newBuilder()
            .setTaskQueue(PluginApplication.QUEUE)
            .setWorkflowId(workflowId)
            .setWorkflowExecutionTimeout(Duration.ofSeconds(30))
            .build());
  }
}
