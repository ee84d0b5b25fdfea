package dev.temporalboot.e2e.overrides;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.awaitility.Awaitility.await;

import com.google.protobuf.util.Durations;
import dev.temporalboot.TemporalWorkflows;
import dev.temporalboot.e2e.overrides.app.CounterWorkflow;
import dev.temporalboot.e2e.overrides.app.PolledQueues;
import io.temporal.api.history.v1.ActivityTaskScheduledEventAttributes;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.api.workflow.v1.WorkflowExecutionConfig;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowStub;
import io.temporal.worker.WorkerFactory;
import io.temporal.worker.WorkerOptions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.context.ApplicationContext;

/**
 * What a source of higher priority than {@code overrides/application.yml} sets, and the proof, on
 * the embedded server, that the app uses it: the YAML has workers on {@code acc-yaml} (with
 * max-concurrent-activities 50, a key no overriding entry sets) and {@code acc-yaml-ticks}, and
 * sets execution-timeout 1h (run-timeout 30m) for CounterWorkflow and start-to-close-timeout 10s
 * (heartbeat-timeout 5s) for TickActivities; each override sets all three to other values.
 *
 * @param taskQueue the task queue of the overriding {@code temporal.workers} list, and of {@code
 *     temporal.workflows.CounterWorkflow.task-queue}
 * @param executionTimeout the overriding {@code
 *     temporal.workflows.CounterWorkflow.execution-timeout}
 * @param startToCloseTimeout the overriding {@code
 *     temporal.activities.TickActivities.start-to-close-timeout}
 */
record OverrideChecks(String taskQueue, Duration executionTimeout, Duration startToCloseTimeout) {

  /** The task queues of the two workers in {@code overrides/application.yml}. */
  static final List<String> YAML_QUEUES = List.of("acc-yaml", "acc-yaml-ticks");

  /**
   * Asserts that the overriding list replaced the YAML one whole: its one queue is polled, no
   * worker exists for, or polls, either of the YAML's queues, and the YAML entry's
   * max-concurrent-activities (50) is not carried over to the overriding entry.
   */
  void assertOnlyTheOverridingWorkerPolls(ApplicationContext context) {
    assertOnlyWorkerPolls(context, this.taskQueue);
  }

  /** Asserts that the app has one worker, on the given queue, and none from the YAML's list. */
  static void assertOnlyWorkerPolls(ApplicationContext context, String taskQueue) {
    PolledQueues polled = context.getBean(PolledQueues.class);
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(() -> assertThat(polled.queues()).contains(taskQueue));
    assertThat(polled.queues()).containsOnly(taskQueue);
    WorkerFactory factory = context.getBean(WorkerFactory.class);
    for (String yamlQueue : YAML_QUEUES) {
      assertThatIllegalArgumentException().isThrownBy(() -> factory.getWorker(yamlQueue));
    }
    assertThat(factory.getWorker(taskQueue).getWorkerOptions())
        .extracting(WorkerOptions::getMaxConcurrentActivityExecutionSize)
        .isNotEqualTo(50);
  }

  /**
   * Starts CounterWorkflow through a typed stub and asserts that it ran on the overriding queue,
   * with the overriding execution timeout (and the YAML's run timeout, as map entries merge), and
   * that its activity was scheduled with the overriding start-to-close timeout (and the YAML's
   * heartbeat timeout).
   */
  void assertWorkflowRunsWithTheOverridingOptions(ApplicationContext context, String workflowId)
      throws TimeoutException {
    TemporalWorkflows workflows = context.getBean(TemporalWorkflows.class);
    CounterWorkflow counter = workflows.newStub(CounterWorkflow.class, workflowId);
    WorkflowClient.start(counter::count, workflowId);

    WorkflowExecutionConfig config =
        workflows.stub(workflowId).describe().getRawDescription().getExecutionConfig();
    assertThat(config.getTaskQueue().getName()).isEqualTo(this.taskQueue);
    assertThat(Durations.toSeconds(config.getWorkflowExecutionTimeout()))
        .isEqualTo(this.executionTimeout.toSeconds());
    assertThat(Durations.toSeconds(config.getWorkflowRunTimeout())).isEqualTo(1800);

    String result = WorkflowStub.fromTyped(counter).getResult(20, TimeUnit.SECONDS, String.class);
    assertThat(result)
        .startsWith(this.taskQueue + " | tick " + workflowId + " on " + this.taskQueue);

    ActivityTaskScheduledEventAttributes scheduled =
        context.getBean(WorkflowClient.class).fetchHistory(workflowId).getEvents().stream()
            .filter(HistoryEvent::hasActivityTaskScheduledEventAttributes)
            .map(HistoryEvent::getActivityTaskScheduledEventAttributes)
            .findFirst()
            .orElseThrow();
    assertThat(Durations.toSeconds(scheduled.getStartToCloseTimeout()))
        .isEqualTo(this.startToCloseTimeout.toSeconds());
    assertThat(Durations.toSeconds(scheduled.getHeartbeatTimeout())).isEqualTo(5);
  }
}
