package dev.temporalboot.connection;

import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityOptions;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;
import java.time.Duration;

/** A workflow calling one activity, to prove a worker polls and completes tasks over TLS. */
final class TlsEcho {

  private TlsEcho() {}

  @WorkflowInterface
  public interface EchoWorkflow {

    @WorkflowMethod
    String echo(String text);
  }

  @ActivityInterface
  public interface EchoActivities {

    String shout(String text);
  }

  public static class EchoWorkflowImpl implements EchoWorkflow {

    private final EchoActivities activities =
        Workflow.newActivityStub(
            EchoActivities.class,
            ActivityOptions.newBuilder().setStartToCloseTimeout(Duration.ofSeconds(10)).build());

    @Override
    public String echo(String text) {
      return this.activities.shout(text) + " over TLS";
    }
  }

  public static class EchoActivitiesImpl implements EchoActivities {

    @Override
    public String shout(String text) {
      return text.toUpperCase();
    }
  }
}
