package dev.temporalboot.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.temporalboot.test.app.BillingActivities;
import dev.temporalboot.test.app.RenewalWorkflow;
import dev.temporalboot.test.app.ReorderedRenewalWorkflowImpl;
import io.temporal.activity.ActivityOptions;
import io.temporal.common.WorkflowExecutionHistory;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.Worker;
import io.temporal.workflow.Workflow;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/**
 * The SDK still names the diverging event of a failed replay in a sentence {@link ReplayMismatch}
 * finds.
 */
class ReplayMismatchTests {

  @Test
  void theSdkNamesTheEventThatNoLongerMatches() throws Exception {
    WorkflowExecutionHistory history =
        WorkflowExecutionHistory.fromJson(
            new ClassPathResource("histories/renewal-30-days.json")
                .getContentAsString(StandardCharsets.UTF_8));
    Throwable failure;
    try (TestWorkflowEnvironment environment = TestWorkflowEnvironment.newInstance()) {
      Worker worker = environment.newWorker("replay");
      worker.registerWorkflowImplementationFactory(
          RenewalWorkflow.class,
          () ->
              new ReorderedRenewalWorkflowImpl(
                  Workflow.newActivityStub(
                      BillingActivities.class,
                      ActivityOptions.newBuilder()
                          .setStartToCloseTimeout(Duration.ofMinutes(1))
                          .build())));
      failure = catchThrowable(() -> worker.replayWorkflowExecution(history));
    }

    assertThat(failure).as("a reordered workflow replayed").isNotNull();
    assertThat(ReplayMismatch.sentence(failure))
        .as(
            "The SDK no longer says 'Event N of type T does not match ...' when a replay diverges"
                + " (it said: %s): ReplayMismatch must change",
            failure)
        .startsWith(
            "Event 5 of type EVENT_TYPE_TIMER_STARTED does not match command type"
                + " COMMAND_TYPE_SCHEDULE_ACTIVITY_TASK");
  }

  @Test
  void withoutTheSentenceTheRootCauseIsShown() {
    Throwable failure =
        new IllegalStateException("wrapper", new RuntimeException("first line\nsecond line"));
    assertThat(ReplayMismatch.sentence(failure)).isNull();
    assertThat(ReplayMismatch.describe(failure)).isEqualTo("first line");
  }
}
