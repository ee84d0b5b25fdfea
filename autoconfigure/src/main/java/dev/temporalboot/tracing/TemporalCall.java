package dev.temporalboot.tracing;

import io.micrometer.observation.transport.Kind;
import org.jspecify.annotations.Nullable;

/**
 * One call that Temporal Boot observes: a client call, a workflow run or handler, or an activity
 * execution, with the identity a convention turns into names and tags.
 *
 * @param side where the call happens
 * @param operation what happens, such as {@code start}, {@code run} or {@code signal}
 * @param name the workflow type, activity type, or signal, query or update name
 * @param workflowType workflow type, when known
 * @param activityType activity type, for activity executions
 * @param taskQueue task queue, when known
 * @param namespace namespace of the client or worker
 * @param workflowId workflow id, when known
 * @param runId run id, when known
 */
public record TemporalCall(
    Side side,
    String operation,
    String name,
    @Nullable String workflowType,
    @Nullable String activityType,
    @Nullable String taskQueue,
    @Nullable String namespace,
    @Nullable String workflowId,
    @Nullable String runId) {

  /** Where a call happens, which also gives the observation's name. */
  public enum Side {

    /** A {@code WorkflowClient} call: observation {@code temporal.client}. */
    CLIENT("temporal.client"),

    /** Workflow code on a worker: observation {@code temporal.workflow}. */
    WORKFLOW("temporal.workflow"),

    /** Activity code on a worker: observation {@code temporal.activity}. */
    ACTIVITY("temporal.activity");

    private final String observationName;

    Side(String observationName) {
      this.observationName = observationName;
    }

    /** Returns the observation name for calls on this side. */
    public String observationName() {
      return this.observationName;
    }
  }

  /**
   * Returns the transport kind: one-way messages (start, signal, run, activity) are producer and
   * consumer spans, calls that wait for an answer (query, update) are client and server spans.
   */
  public Kind kind() {
    boolean answered = this.operation.equals("query") || this.operation.equals("update");
    if (this.side == Side.CLIENT) {
      return answered ? Kind.CLIENT : Kind.PRODUCER;
    }
    return answered ? Kind.SERVER : Kind.CONSUMER;
  }

  /**
   * Returns the span name: {@code temporal start workflow OrderWorkflow}, {@code temporal run
   * workflow OrderWorkflow}, {@code temporal run activity Charge}, {@code temporal signal approve}
   * on the client and {@code temporal handle signal approve} in the workflow.
   */
  public String contextualName() {
    boolean ofWorkflow = this.operation.equals("run") || this.operation.startsWith("start");
    String what = (this.side == Side.ACTIVITY) ? " activity" : ofWorkflow ? " workflow" : "";
    String handle = (this.side == Side.WORKFLOW && what.isEmpty()) ? "handle " : "";
    return "temporal " + handle + this.operation.replace('_', ' ') + what + " " + this.name;
  }
}
