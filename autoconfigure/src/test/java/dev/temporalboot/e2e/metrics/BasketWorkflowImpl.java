package dev.temporalboot.e2e.metrics;

import com.uber.m3.tally.Scope;
import com.uber.m3.tally.ValueBuckets;
import com.uber.m3.util.Duration;
import dev.temporalboot.WorkflowImpl;
import io.temporal.workflow.Workflow;

@WorkflowImpl(taskQueues = "baskets")
public class BasketWorkflowImpl implements BasketWorkflow {

  @Override
  public int check(int items) {
    Scope metrics = Workflow.getMetricsScope();
    metrics.counter("baskets_checked").inc(1);
    metrics.histogram("basket_size", ValueBuckets.linear(0, 5, 4)).recordValue(items);
    metrics.histogram("basket_wait", null).recordDuration(Duration.ofMillis(40));
    return items;
  }
}
