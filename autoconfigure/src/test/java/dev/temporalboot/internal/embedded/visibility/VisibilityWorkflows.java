package dev.temporalboot.internal.embedded.visibility;

import io.temporal.failure.ApplicationFailure;
import io.temporal.workflow.ChildWorkflowOptions;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** The workflows whose executions the visibility tests list: each ends as its input says. */
final class VisibilityWorkflows {

  private VisibilityWorkflows() {}

  /** Completes, fails, waits (until cancelled or terminated) or runs a child, as asked. */
  @WorkflowInterface
  public interface OrderWorkflow {

    @WorkflowMethod(name = "Order")
    String run(String behaviour);
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

    @Override
    public String run(String behaviour) {
      switch (behaviour) {
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
