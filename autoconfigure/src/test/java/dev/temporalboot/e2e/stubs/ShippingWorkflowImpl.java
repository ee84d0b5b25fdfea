package dev.temporalboot.e2e.stubs;

import dev.temporalboot.ActivityStub;
import dev.temporalboot.WorkflowImpl;
import io.temporal.workflow.Workflow;

/**
 * Every way to get an activity stub: injected with YAML options, injected with options in code,
 * injected into a field as a local stub, and made by hand with no options.
 */
@WorkflowImpl(taskQueues = "stubs")
public class ShippingWorkflowImpl implements ShippingWorkflow {

  private final ShipmentActivities standard;

  private final ShipmentActivities express;

  @ActivityStub private AuditActivities audit;

  private final ShipmentActivities handMade = Workflow.newActivityStub(ShipmentActivities.class);

  public ShippingWorkflowImpl(
      ShipmentActivities standard,
      @ActivityStub(startToCloseTimeout = "${express.timeout:7s}", maximumAttempts = "2")
          ShipmentActivities express) {
    this.standard = standard;
    this.express = express;
  }

  @Override
  public String ship(String order) {
    return String.join(
        ", ",
        this.standard.book(order + "-standard"),
        this.express.book(order + "-express"),
        this.handMade.book(order + "-by-hand"),
        this.audit.record(order));
  }
}
