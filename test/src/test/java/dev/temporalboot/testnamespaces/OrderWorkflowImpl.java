package dev.temporalboot.testnamespaces;

import dev.temporalboot.WorkflowImpl;
import io.temporal.workflow.Workflow;
import java.time.Duration;

@WorkflowImpl(taskQueues = "orders")
public class OrderWorkflowImpl implements OrderWorkflow {

  @Override
  public String deliver(String order, int days) {
    Workflow.sleep(Duration.ofDays(days));
    return order + " delivered in " + Workflow.getInfo().getNamespace();
  }
}
