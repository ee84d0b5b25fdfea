package dev.temporalboot.test.app;

import dev.temporalboot.WorkflowImpl;
import io.temporal.workflow.Workflow;
import java.time.Duration;

/**
 * Takes another path when it decodes its argument, or an activity's result, differently from the
 * worker that recorded the history: replaying on another data converter then fails.
 */
@WorkflowImpl(taskQueues = "quotes")
public class QuoteWorkflowImpl implements QuoteWorkflow {

  private final QuoteActivities activities;

  public QuoteWorkflowImpl(QuoteActivities activities) {
    this.activities = activities;
  }

  @Override
  public String confirm(Quote quote) {
    // Recorded: the quote as the activity worker read it when the history was made.
    String recorded = this.activities.describe(quote);
    Quote echoed = this.activities.echo(quote);
    if (!recorded.equals(quote.toString()) || !recorded.equals(echoed.toString())) {
      Workflow.sleep(Duration.ofSeconds(1));
    }
    return recorded;
  }
}
