package dev.temporalboot.e2e.shutdown;

import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Answers once a workflow has run: a request that needs the workers while it is in flight. */
@RestController
public class SlowController {

  private final WorkflowClient client;

  public SlowController(WorkflowClient client) {
    this.client = client;
  }

  @GetMapping("/slow")
  public String slow(@RequestParam long millis) {
    return this.client
        .newWorkflowStub(
            SlowWorkflow.class, WorkflowOptions.newBuilder().setTaskQueue("slow").build())
        .run(millis);
  }
}
