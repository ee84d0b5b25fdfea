package dev.temporalboot.e2e.typed;

import io.temporal.workflow.QueryMethod;
import io.temporal.workflow.SignalMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

@WorkflowInterface
public interface OrderWorkflow {

  @WorkflowMethod
  String process(String orderId);

  @SignalMethod
  void approve(String approver);

  @QueryMethod
  String status();
}
