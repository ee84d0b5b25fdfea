package dev.temporalboot.e2e.nexustrace;

import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Reviews a loan and answers with the result: the HTTP request at the root of the trace. */
@RestController
public class LoanController {

  private final WorkflowClient client;

  public LoanController(WorkflowClient client) {
    this.client = client;
  }

  @GetMapping("/loans/{applicant}")
  public String review(@PathVariable String applicant) {
    WorkflowOptions options =
        WorkflowOptions.newBuilder()
            .setTaskQueue("loans")
            .setWorkflowId("loan-" + applicant)
            .build();
    return this.client.newWorkflowStub(LoanWorkflow.class, options).review(applicant, false);
  }
}
