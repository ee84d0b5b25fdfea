package dev.temporalboot.e2e.json;

import dev.temporalboot.WorkflowImpl;

/** Sends its argument back, so the worker decodes and encodes it with the application's mapper. */
@WorkflowImpl(taskQueues = "packing")
public class PackingWorkflowImpl implements PackingWorkflow {

  @Override
  public PackingOrder pack(PackingOrder order) {
    return new PackingOrder(order.orderId() + "-packed", order.orderTotal(), order.placedAt());
  }
}
