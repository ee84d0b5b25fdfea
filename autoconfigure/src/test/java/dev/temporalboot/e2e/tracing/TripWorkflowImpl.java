package dev.temporalboot.e2e.tracing;

import dev.temporalboot.ActivityStub;
import dev.temporalboot.WorkflowImpl;
import io.temporal.workflow.ChildWorkflowOptions;
import io.temporal.workflow.Workflow;

@WorkflowImpl(taskQueues = "trips")
public class TripWorkflowImpl implements TripWorkflow {

  private final TripActivities activities;

  private String confirmedBy;

  public TripWorkflowImpl(@ActivityStub(startToCloseTimeout = "10s") TripActivities activities) {
    this.activities = activities;
  }

  @Override
  public String plan(String trip, boolean awaitConfirmation) {
    String reserved = this.activities.reserve(trip);
    if (awaitConfirmation) {
      Workflow.await(() -> this.confirmedBy != null);
    }
    String charged = this.activities.charge(trip);
    TicketWorkflow ticket =
        Workflow.newChildWorkflowStub(
            TicketWorkflow.class,
            ChildWorkflowOptions.newBuilder()
                .setWorkflowId(Workflow.getInfo().getWorkflowId() + "-ticket")
                .build());
    return reserved + ", " + charged + ", " + ticket.issue(trip);
  }

  @Override
  public void confirm(String by) {
    this.confirmedBy = by;
  }

  @Override
  public String status() {
    return (this.confirmedBy != null) ? "confirmed" : "waiting";
  }

  @Override
  public String note(String text) {
    return "noted " + text;
  }
}
