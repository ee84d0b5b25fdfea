package dev.temporalboot.e2e.plugins;

import io.temporal.workflow.Workflow;
import java.time.Duration;

/** No @WorkflowImpl and in no YAML entry: only the plugin's initializeWorker registers it. */
public class PluginOnlyWorkflowImpl implements PluginOnlyWorkflow {

  @Override
  public String count(int to) {
    StringBuilder counted = new StringBuilder();
    for (int i = 1; i <= to; i++) {
      Workflow.sleep(Duration.ofMillis(10));
      counted.append(i);
    }
    return counted.toString();
  }
}
