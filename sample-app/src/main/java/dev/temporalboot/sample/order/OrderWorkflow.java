package dev.temporalboot.sample.order;

import io.temporal.workflow.QueryMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** Fulfils one order: reserve stock, charge the customer, ship. */
@WorkflowInterface
public interface OrderWorkflow {

  @WorkflowMethod
  OrderResult process(Order order);

  /** The step the order is at, readable while it runs and after it ends. */
  @QueryMethod
  String stage();
}
