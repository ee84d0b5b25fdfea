package dev.temporalboot.e2e.typed;

import dev.temporalboot.WorkflowImpl;
import io.temporal.workflow.Workflow;

/** Waits for an approval signal, then completes. */
@WorkflowImpl(taskQueues = "typed-orders")
public class OrderWorkflowImpl implements OrderWorkflow {

  private String approver;

  @Override
  public String process(String orderId) {
    Workflow.await(() -> this.approver != null);
    return orderId + " approved by " + this.approver;
  }

  @Override
  public void approve(String approver) {
    this.approver = approver;
  }

  @Override
  public String status() {
    return (this.approver != null) ? "approved" : "waiting";
  }
}
