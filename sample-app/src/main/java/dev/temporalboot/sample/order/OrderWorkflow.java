package dev.temporalboot.sample.order;

import io.temporal.workflow.QueryMethod;
import io.temporal.workflow.SignalMethod;
import io.temporal.workflow.UpdateMethod;
import io.temporal.workflow.UpdateValidatorMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/**
 * Fulfils one order, {@code order-<orderId>}: reserve stock, wait for a manager when the order is
 * large, charge, ship, credit loyalty points.
 */
@WorkflowInterface
public interface OrderWorkflow {

  @WorkflowMethod
  OrderResult process(Order order);

  /** A manager lets a large order go ahead. */
  @SignalMethod
  void approve(String manager);

  /** A manager refuses a large order. */
  @SignalMethod
  void reject(String reason);

  /** The step the order is at, readable while it runs and after it ends. */
  @QueryMethod
  OrderStage stage();

  /** Ships to another address, and answers with the address the parcel will go to. */
  @UpdateMethod
  String changeAddress(String address);

  /** Refuses an address change once the parcel has gone to the courier. */
  @UpdateValidatorMethod(updateName = "changeAddress")
  void validateAddressChange(String address);

  static String workflowId(String orderId) {
    return "order-" + orderId;
  }
}
