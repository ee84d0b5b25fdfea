package dev.temporalboot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.temporalboot.e2e.app.E2eApplication;
import dev.temporalboot.e2e.app.GreetingWorkflow;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(
    classes = E2eApplication.class,
    properties = {"temporal.embedded.port=0", "e2e.queue=greetings-annotated"})
class AnnotatedWorkersTests {

  @Autowired WorkflowClient client;

  @Value("${local.temporal.port}")
  int port;

  @Test
  void annotatedWorkflowRunsEndToEndOnTheEmbeddedServer() {
    GreetingWorkflow workflow =
        this.client.newWorkflowStub(
            GreetingWorkflow.class,
            WorkflowOptions.newBuilder()
                .setTaskQueue("greetings-annotated")
                .setWorkflowId("greet-1")
                .build());
    assertThat(workflow.greet("Ada")).isEqualTo("Hello, Ada!");
    assertThat(this.port).isPositive().isNotEqualTo(7233);
  }
}
