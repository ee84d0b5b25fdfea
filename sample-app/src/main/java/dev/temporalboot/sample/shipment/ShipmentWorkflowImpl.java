package dev.temporalboot.sample.shipment;

import dev.temporalboot.WorkflowImpl;

/**
 * A child workflow: its own id and history, cancelled with its parent. The courier stub's retry
 * policy comes from application.yml, so a courier outage is ridden out, not failed.
 */
@WorkflowImpl(taskQueues = "${sample.orders-queue:orders}")
public class ShipmentWorkflowImpl implements ShipmentWorkflow {

  private final CourierActivities courier;

  public ShipmentWorkflowImpl(CourierActivities courier) {
    this.courier = courier;
  }

  @Override
  public String ship(Parcel parcel) {
    return this.courier.book(parcel);
  }
}
