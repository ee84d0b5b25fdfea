package dev.temporalboot.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.temporalboot.test.app.RenewalWorkflow;
import dev.temporalboot.test.app.RenewalWorkflowImpl;
import dev.temporalboot.test.app.ReorderedRenewalWorkflowImpl;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

@TemporalTest
class WorkflowReplaysTests {

  @Autowired WorkflowClient client;

  @Autowired WorkflowReplays replays;

  @TempDir Path folder;

  @Test
  void committedHistoriesReplayOnTheCurrentCode() {
    this.replays.assertReplays(RenewalWorkflowImpl.class, "classpath:histories/*.json");
  }

  @Test
  void recordedHistoryReplaysOnTheCodeThatMadeIt() {
    Path history = record("sub-replay");

    this.replays.assertReplays(RenewalWorkflowImpl.class, "file:" + history);
  }

  @Test
  void nonDeterministicChangeFailsNamingTheFileAndTheEvent() {
    Path history = record("sub-changed");

    assertThatThrownBy(
            () -> this.replays.assertReplays(ReorderedRenewalWorkflowImpl.class, "file:" + history))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(history.getFileName().toString())
        .hasMessageContaining(
            "no longer replays on " + ReorderedRenewalWorkflowImpl.class.getName())
        .hasMessageContaining(
            "Event 5 of type EVENT_TYPE_TIMER_STARTED does not match command type"
                + " COMMAND_TYPE_SCHEDULE_ACTIVITY_TASK");
  }

  @Test
  void locationWithoutHistoriesFails() {
    assertThatThrownBy(
            () -> this.replays.assertReplays(RenewalWorkflowImpl.class, "classpath:nothing/*.json"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("No workflow history found at classpath:nothing/*.json");
  }

  private Path record(String id) {
    this.client
        .newWorkflowStub(
            RenewalWorkflow.class,
            WorkflowOptions.newBuilder().setTaskQueue("renewals").setWorkflowId(id).build())
        .renew(id, 2);
    Path file = WorkflowHistories.save(this.client, id, this.folder.resolve(id + ".json"));
    assertThat(file).exists();
    return file;
  }
}
