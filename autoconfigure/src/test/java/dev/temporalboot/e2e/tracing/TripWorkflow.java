package dev.temporalboot.e2e.tracing;

import io.temporal.workflow.QueryMethod;
import io.temporal.workflow.SignalMethod;
import io.temporal.workflow.UpdateMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

@WorkflowInterface
public interface TripWorkflow {

  /** Reserves, optionally waits for {@link #confirm}, charges, then issues a ticket (a child). */
  @WorkflowMethod
  String plan(String trip, boolean awaitConfirmation);

  @SignalMethod
  void confirm(String by);

  @QueryMethod
  String status();

  @UpdateMethod
  String note(String text);
}
