package dev.temporalboot.client.samename;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** Shares its simple name with {@link dev.temporalboot.client.fixtures.ShipmentWorkflow}. */
@WorkflowInterface
public interface ShipmentWorkflow {

  @WorkflowMethod(name = "OtherShip")
  String ship(String parcel);
}
