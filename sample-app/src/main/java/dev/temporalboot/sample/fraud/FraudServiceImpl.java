package dev.temporalboot.sample.fraud;

import dev.temporalboot.NexusServiceImpl;
import io.nexusrpc.handler.OperationHandler;
import io.nexusrpc.handler.OperationImpl;
import io.nexusrpc.handler.ServiceImpl;
import io.temporal.client.WorkflowOptions;
import io.temporal.nexus.Nexus;
import io.temporal.nexus.WorkflowRunOperation;
import org.springframework.stereotype.Component;

/**
 * The fraud team's handler of {@link FraudService}: a Spring bean, registered on the fraud team's
 * task queue in the team's own namespace ({@code temporal.namespaces.fraud}), that uses other beans
 * like any other.
 */
@Component
@NexusServiceImpl(taskQueues = "${sample.fraud-queue:fraud}", namespace = "fraud")
@ServiceImpl(service = FraudService.class)
public class FraudServiceImpl {

  private final RiskRules rules;

  public FraudServiceImpl(RiskRules rules) {
    this.rules = rules;
  }

  /** Answered in the handler, within the caller's workflow task: keep it quick. */
  @OperationImpl
  public OperationHandler<Screening, RiskScore> score() {
    return OperationHandler.sync((context, details, screening) -> this.rules.score(screening));
  }

  /**
   * Starts a review workflow and answers with its result once it ends; one review per order, as its
   * workflow id says, so a retried start does not start a second one. The operation's client is
   * that of the worker handling it, so the review starts in the fraud namespace.
   */
  @OperationImpl
  public OperationHandler<Screening, ReviewVerdict> review() {
    return WorkflowRunOperation.fromWorkflowMethod(
        (context, details, screening) ->
            Nexus.getOperationContext()
                    .getWorkflowClient()
                    .newWorkflowStub(
                        FraudReviewWorkflow.class,
                        WorkflowOptions.newBuilder()
                            .setWorkflowId(FraudReviewWorkflow.workflowId(screening.orderId()))
                            .build())
                ::review);
  }
}
