package dev.temporalboot.e2e.yaml;

import io.temporal.activity.ActivityOptions;
import io.temporal.workflow.Workflow;
import java.time.Duration;

/** Registered only through temporal.workers[].workflow-classes. */
public class ReservationWorkflowImpl implements ReservationWorkflow {

  private final InventoryActivities inventory =
      Workflow.newActivityStub(
          InventoryActivities.class,
          ActivityOptions.newBuilder().setStartToCloseTimeout(Duration.ofSeconds(10)).build());

  @Override
  public int reserve(String sku, int quantity) {
    return this.inventory.reserve(sku, quantity);
  }
}
