package dev.temporalboot.sample.shipment;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/**
 * Ships one parcel. The order workflow runs it as a child, with the id {@code shipment-<order>}.
 */
@WorkflowInterface
public interface ShipmentWorkflow {

  /** Books the parcel with the courier, and returns its tracking number. */
  @WorkflowMethod
  String ship(Parcel parcel);

  static String workflowId(String orderId) {
    return "shipment-" + orderId;
  }
}
