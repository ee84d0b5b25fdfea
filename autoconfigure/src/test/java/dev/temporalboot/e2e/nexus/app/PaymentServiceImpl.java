package dev.temporalboot.e2e.nexus.app;

import dev.temporalboot.NexusServiceImpl;
import io.nexusrpc.handler.OperationHandler;
import io.nexusrpc.handler.OperationImpl;
import io.nexusrpc.handler.ServiceImpl;
import io.temporal.client.WorkflowOptions;
import io.temporal.nexus.Nexus;
import io.temporal.nexus.WorkflowRunOperation;
import org.springframework.stereotype.Component;

/** The handler bean, behind a Spring AOP proxy (its {@link Counted} method). */
@Component
@NexusServiceImpl(taskQueues = "${nexus-test.handler-queue:payments}")
@ServiceImpl(service = PaymentService.class)
public class PaymentServiceImpl {

  private final FraudRules rules;

  public PaymentServiceImpl(FraudRules rules) {
    this.rules = rules;
  }

  @Counted
  @OperationImpl
  public OperationHandler<String, String> authorize() {
    return OperationHandler.sync(
        (context, details, order) -> order + " " + this.rules.verdict(order));
  }

  @OperationImpl
  public OperationHandler<String, String> charge() {
    return WorkflowRunOperation.fromWorkflowMethod(
        (context, details, order) ->
            Nexus.getOperationContext()
                    .getWorkflowClient()
                    .newWorkflowStub(
                        ChargeWorkflow.class,
                        WorkflowOptions.newBuilder().setWorkflowId("charge-" + order).build())
                ::charge);
  }

  @OperationImpl
  public OperationHandler<String, String> hold() {
    return WorkflowRunOperation.fromWorkflowMethod(
        (context, details, order) ->
            Nexus.getOperationContext()
                    .getWorkflowClient()
                    .newWorkflowStub(
                        HoldWorkflow.class,
                        WorkflowOptions.newBuilder().setWorkflowId("hold-" + order).build())
                ::hold);
  }
}
