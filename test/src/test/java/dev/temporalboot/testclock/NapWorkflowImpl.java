package dev.temporalboot.testclock;

import dev.temporalboot.WorkflowImpl;
import io.temporal.workflow.Workflow;
import java.time.Duration;

@WorkflowImpl(taskQueues = "clock")
public class NapWorkflowImpl implements NapWorkflow {

  @Override
  public long nap(int hours) {
    Workflow.sleep(Duration.ofHours(hours));
    return Workflow.currentTimeMillis();
  }
}
