package dev.temporalboot.testnexus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

import dev.temporalboot.TemporalWorkflows;
import dev.temporalboot.test.TemporalTest;
import io.nexusrpc.handler.OperationHandler;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * {@code @TemporalTest} creates the YAML's Nexus endpoints on its embedded server, and the worker
 * calls the spied handler bean, with time skipping on. (The SDK's test server does not skip time
 * while a Nexus operation is pending, so the workflow behind an operation does not sleep here.)
 */
@TemporalTest(
    properties = {
      "temporal.nexus.endpoints.greetings.task-queue=greetings",
      "temporal.nexus.services.default.endpoint=greetings",
      "temporal.nexus.services.default.schedule-to-close-timeout=30d"
    })
class NexusTemporalTestTests {

  @MockitoSpyBean GreetingServiceImpl greetings;

  @Autowired TemporalWorkflows workflows;

  @Test
  void synchronousOperationOfTheSpiedBean() {
    assertThat(this.workflows.newStub(VisitWorkflow.class, "visit-ada").visit("Ada", false))
        .isEqualTo("Hello Ada");
  }

  @Test
  void workflowRunOperationAnswersWithItsWorkflowsResult() {
    assertThat(this.workflows.newStub(VisitWorkflow.class, "visit-bob").visit("Bob", true))
        .isEqualTo("Hello at last Bob");
  }

  @Test
  void stubbedHandlerIsWhatTheWorkerCalls() {
    given(this.greetings.greet())
        .willReturn(OperationHandler.sync((context, details, name) -> "Stubbed " + name));

    assertThat(this.workflows.newStub(VisitWorkflow.class, "visit-cy").visit("Cy", false))
        .isEqualTo("Stubbed Cy");
  }
}
