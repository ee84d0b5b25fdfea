package dev.temporalboot.e2e.tracing;

import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Plans a trip and answers with its result: the HTTP request at the root of the trace. */
@RestController
public class TripController {

  private final WorkflowClient client;

  public TripController(WorkflowClient client) {
    this.client = client;
  }

  @GetMapping("/trips/{trip}")
  public String plan(@PathVariable String trip) {
    WorkflowOptions options =
        WorkflowOptions.newBuilder().setTaskQueue("trips").setWorkflowId("trip-" + trip).build();
    return this.client.newWorkflowStub(TripWorkflow.class, options).plan(trip, false);
  }
}
