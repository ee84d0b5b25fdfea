package dev.temporalboot.e2e.nexustrace;

import dev.temporalboot.WorkflowImpl;
import io.temporal.activity.ActivityOptions;
import io.temporal.workflow.Workflow;
import java.time.Duration;

@WorkflowImpl(taskQueues = "credit")
public class CreditCheckWorkflowImpl implements CreditCheckWorkflow {

  private final ScoringActivities scoring =
      Workflow.newActivityStub(
          ScoringActivities.class,
          ActivityOptions.newBuilder().setStartToCloseTimeout(Duration.ofSeconds(10)).build());

  @Override
  public String check(String applicant) {
    return applicant + " scored " + this.scoring.score(applicant);
  }
}
