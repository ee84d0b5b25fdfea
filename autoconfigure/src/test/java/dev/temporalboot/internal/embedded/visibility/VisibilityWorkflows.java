package dev.temporalboot.internal.embedded.visibility;

import io.temporal.common.SearchAttributeKey;
import io.temporal.failure.ApplicationFailure;
import io.temporal.workflow.ChildWorkflowOptions;
import io.temporal.workflow.SignalMethod;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** The workflows whose executions the visibility tests list: each ends as its input says. */
final class VisibilityWorkflows {

  private VisibilityWorkflows() {}

  /**
   * Completes, fails, waits (until cancelled or terminated), runs a child, or upserts its order
   * count to 42 when signalled and waits, as asked.
   */
  @WorkflowInterface
  public interface OrderWorkflow {

    @WorkflowMethod(name = "Order")
    String run(String behaviour);

    @SignalMethod(name = "bump")
    void bump();
  }

  /** The child of an order. */
  @WorkflowInterface
  public interface PaymentWorkflow {

    @WorkflowMethod(name = "Payment")
    String pay();
  }

  /** Continues as new once. */
  @WorkflowInterface
  public interface ShippingWorkflow {

    @WorkflowMethod(name = "Shipping")
    String ship(int round);
  }

  /** Runs {@link OrderWorkflow}. */
  public static class OrderWorkflowImpl implements OrderWorkflow {

    private boolean bumped;

    @Override
    public void bump() {
      this.bumped = true;
    }

    @Override
    public String run(String behaviour) {
      switch (behaviour) {
        case "upsert":
          Workflow.await(() -> this.bumped);
          Workflow.upsertTypedSearchAttributes(
              SearchAttributeKey.forLong("OrderCount").valueSet(42L));
          Workflow.await(() -> false);
          return "never";
        case "fail":
          throw ApplicationFailure.newNonRetryableFailure("card declined", "Declined");
        case "wait":
          Workflow.await(() -> false);
          return "never";
        case "child":
          return Workflow.newChildWorkflowStub(
                  PaymentWorkflow.class,
                  ChildWorkflowOptions.newBuilder()
                      .setWorkflowId(Workflow.getInfo().getWorkflowId() + "-child")
                      .build())
              .pay();
        default:
          return "done";
      }
    }
  }

  /** Runs {@link PaymentWorkflow}. */
  public static class PaymentWorkflowImpl implements PaymentWorkflow {

    @Override
    public String pay() {
      return "paid";
    }
  }

  /** Runs {@link ShippingWorkflow}. */
  public static class ShippingWorkflowImpl implements ShippingWorkflow {

    @Override
    public String ship(int round) {
      if (round == 0) {
        Workflow.continueAsNew(1);
      }
      return "shipped";
    }
  }
}
