package dev.temporalboot.e2e.tracing;

import dev.temporalboot.ActivityStub;
import dev.temporalboot.WorkflowImpl;

@WorkflowImpl(taskQueues = "trips")
public class TicketWorkflowImpl implements TicketWorkflow {

  private final TripActivities activities;

  public TicketWorkflowImpl(@ActivityStub(startToCloseTimeout = "10s") TripActivities activities) {
    this.activities = activities;
  }

  @Override
  public String issue(String trip) {
    return this.activities.print(trip);
  }
}
