package dev.temporalboot.e2e.nexustrace;

import dev.temporalboot.NexusServiceImpl;
import io.nexusrpc.handler.OperationHandler;
import io.nexusrpc.handler.OperationImpl;
import io.nexusrpc.handler.ServiceImpl;
import io.temporal.client.WorkflowOptions;
import io.temporal.nexus.Nexus;
import io.temporal.nexus.WorkflowRunOperation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Starts the credit team's workflows through the Nexus operation context's client. */
@Component
@NexusServiceImpl(taskQueues = "credit")
@ServiceImpl(service = CreditService.class)
public class CreditServiceImpl {

  private static final Logger logger = LoggerFactory.getLogger(CreditServiceImpl.class);

  @OperationImpl
  public OperationHandler<String, String> check() {
    return WorkflowRunOperation.fromWorkflowMethod(
        (context, details, applicant) -> {
          logger.info("handler checks {}", applicant);
          return Nexus.getOperationContext()
                  .getWorkflowClient()
                  .newWorkflowStub(
                      CreditCheckWorkflow.class,
                      WorkflowOptions.newBuilder().setWorkflowId("credit-" + applicant).build())
              ::check;
        });
  }

  @OperationImpl
  public OperationHandler<String, String> hold() {
    return WorkflowRunOperation.fromWorkflowMethod(
        (context, details, applicant) ->
            Nexus.getOperationContext()
                    .getWorkflowClient()
                    .newWorkflowStub(
                        CreditHoldWorkflow.class,
                        WorkflowOptions.newBuilder().setWorkflowId("hold-" + applicant).build())
                ::hold);
  }
}
