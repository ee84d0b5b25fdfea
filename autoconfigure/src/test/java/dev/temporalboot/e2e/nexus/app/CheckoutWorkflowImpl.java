package dev.temporalboot.e2e.nexus.app;

import dev.temporalboot.NexusServiceStub;
import dev.temporalboot.WorkflowImpl;
import io.temporal.failure.NexusOperationFailure;
import io.temporal.workflow.Workflow;

/** Calls on queue checkout, handled on queue payments through the endpoints of the YAML. */
@WorkflowImpl(taskQueues = "checkout")
public class CheckoutWorkflowImpl implements CheckoutWorkflow {

  private final PaymentService payments;

  @NexusServiceStub(endpoint = "payments-direct", scheduleToCloseTimeout = "45s")
  private PaymentService annotated;

  public CheckoutWorkflowImpl(PaymentService payments) {
    this.payments = payments;
  }

  @Override
  public String checkout(String scenario, String order) {
    return switch (scenario) {
      case "sync" -> this.payments.authorize(order);
      case "workflow" -> this.payments.charge(order);
      case "hold" -> this.payments.hold(order);
      case "annotated" -> this.annotated.authorize(order);
      case "code" -> Workflow.newNexusServiceStub(PaymentService.class).authorize(order);
      case "refund" -> Workflow.newNexusServiceStub(RefundService.class).refund(order);
      case "unserved" -> {
        try {
          yield Workflow.newNexusServiceStub(UnservedService.class).ping(order);
        } catch (NexusOperationFailure failure) {
          yield "unserved failed";
        }
      }
      default -> throw new IllegalArgumentException(scenario);
    };
  }
}
