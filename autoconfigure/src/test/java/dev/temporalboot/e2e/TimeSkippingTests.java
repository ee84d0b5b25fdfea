package dev.temporalboot.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.temporalboot.e2e.sleepy.ReminderWorkflow;
import dev.temporalboot.e2e.sleepy.SleepyApplication;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * With time skipping, a 30-day timer passes while the test waits, and the activity after it still
 * runs its real 1.5 s (its retries are off, so a racing clock would fail it).
 */
@SpringBootTest(
    classes = SleepyApplication.class,
    properties = {"temporal.embedded.port=0", "temporal.embedded.time-skipping=true"})
class TimeSkippingTests {

  @Autowired WorkflowClient client;

  @Test
  void monthLongTimerPassesWhileTheClientWaits() {
    long start = System.nanoTime();

    String result = reminder().remind(30);

    assertThat(result).isEqualTo("sent: after 30 days");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
  }

  @Test
  void timeSkipsForAsyncWaitsToo() throws Exception {
    ReminderWorkflow workflow = reminder();
    WorkflowClient.start(workflow::remind, 10);
    CompletableFuture<String> result =
        WorkflowStub.fromTyped(workflow).getResultAsync(String.class);

    assertThat(result.get(30, TimeUnit.SECONDS)).isEqualTo("sent: after 10 days");
  }

  @Test
  void timeStandsStillWhileNobodyWaits() {
    ReminderWorkflow workflow = reminder();
    WorkflowClient.start(workflow::remind, 1);
    WorkflowStub stub = WorkflowStub.fromTyped(workflow);

    await()
        .during(Duration.ofSeconds(2))
        .atMost(Duration.ofSeconds(5))
        .until(
            () ->
                stub.describe().getStatus()
                    == io.temporal.api.enums.v1.WorkflowExecutionStatus
                        .WORKFLOW_EXECUTION_STATUS_RUNNING);
    assertThat(stub.getResult(String.class)).isEqualTo("sent: after 1 days");
  }

  private ReminderWorkflow reminder() {
    return this.client.newWorkflowStub(
        ReminderWorkflow.class, WorkflowOptions.newBuilder().setTaskQueue("reminders").build());
  }
}
