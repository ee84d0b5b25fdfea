package dev.temporalboot.testclock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.temporalboot.test.TemporalTest;
import dev.temporalboot.test.TemporalTestClock;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@TemporalTest(timeSkipping = false)
class ClockWithoutTimeSkippingTests {

  @Autowired TemporalTestClock clock;

  @Autowired WorkflowClient client;

  @Test
  void skippingMovesTheClockWhenClientsKeepRealTime() {
    NapWorkflow nap =
        this.client.newWorkflowStub(
            NapWorkflow.class,
            WorkflowOptions.newBuilder().setTaskQueue("clock").setWorkflowId("nap-real").build());
    WorkflowClient.start(nap::nap, 2);

    this.clock.skip(Duration.ofHours(2));

    assertThat(this.client.newUntypedWorkflowStub("nap-real").describe().getStatus())
        .isEqualTo(WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_COMPLETED);
  }
}
