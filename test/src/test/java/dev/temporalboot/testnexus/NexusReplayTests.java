package dev.temporalboot.testnexus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.temporalboot.TemporalWorkflows;
import dev.temporalboot.test.TemporalTest;
import dev.temporalboot.test.WorkflowHistories;
import dev.temporalboot.test.WorkflowReplays;
import io.temporal.client.WorkflowClient;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A history whose workflow made its Nexus stub in code replays: the replay worker gets the options
 * the application's workers have, {@code temporal.nexus.services.default} included.
 */
@TemporalTest(
    properties = {
      "temporal.nexus.endpoints.greetings.task-queue=greetings",
      "temporal.nexus.services.default.endpoint=greetings",
      "temporal.nexus.services.default.schedule-to-close-timeout=30d"
    })
class NexusReplayTests {

  @Autowired TemporalWorkflows workflows;

  @Autowired WorkflowClient client;

  @Autowired WorkflowReplays replays;

  @TempDir Path folder;

  @Test
  void historyOfACodeMadeStubReplays() {
    assertThat(this.workflows.newStub(CallWorkflow.class, "call-ada").call("Ada"))
        .isEqualTo("Hello Ada");
    Path history =
        WorkflowHistories.save(this.client, "call-ada", this.folder.resolve("call.json"));

    this.replays.assertReplays(CallWorkflowImpl.class, "file:" + history);
  }
}
