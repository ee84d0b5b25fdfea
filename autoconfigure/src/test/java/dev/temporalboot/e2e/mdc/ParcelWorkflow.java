package dev.temporalboot.e2e.mdc;

import io.temporal.workflow.QueryMethod;
import io.temporal.workflow.SignalMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

@WorkflowInterface
public interface ParcelWorkflow {

  @WorkflowMethod
  String deliver(String parcel);

  @SignalMethod
  void note(String text);

  @QueryMethod
  String label();
}
