package dev.temporalboot.tracing;

import io.micrometer.observation.transport.Kind;
import org.jspecify.annotations.Nullable;

/**
 * One call that Temporal Boot observes: a client call, a workflow run or handler, an activity
 * execution, or a Nexus operation on either side, with the identity a convention turns into names
 * and tags.
 *
 * @param side where the call happens
 * @param operation what happens, such as {@code start}, {@code run}, {@code signal} or, for Nexus,
 *     {@code start} and {@code cancel}
 * @param name the workflow type, activity type, signal, query or update name, or for Nexus {@code
 *     Service/operation}
 * @param workflowType workflow type, when known; for a Nexus call, the calling workflow's
 * @param activityType activity type, for activity executions
 * @param taskQueue task queue, when known; for a Nexus call, the calling workflow's, for a Nexus
 *     handler, the queue the handler's worker polls
 * @param namespace namespace of the client or worker
 * @param workflowId workflow id, when known; for a Nexus call, the calling workflow's
 * @param runId run id, when known; for a Nexus call, the calling workflow's
 * @param nexus the Nexus operation, for the {@link Side#NEXUS_CALLER} and {@link
 *     Side#NEXUS_HANDLER} sides only
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
    @Nullable String runId,
    @Nullable NexusOperation nexus) {

  /**
   * Creates a call that is not a Nexus operation.
   *
   * @param side where the call happens
   * @param operation what happens
   * @param name the workflow type, activity type, or signal, query or update name
   * @param workflowType workflow type, when known
   * @param activityType activity type, for activity executions
   * @param taskQueue task queue, when known
   * @param namespace namespace of the client or worker
   * @param workflowId workflow id, when known
   * @param runId run id, when known
   */
  public TemporalCall(
      Side side,
      String operation,
      String name,
      @Nullable String workflowType,
      @Nullable String activityType,
      @Nullable String taskQueue,
      @Nullable String namespace,
      @Nullable String workflowId,
      @Nullable String runId) {
    this(
        side,
        operation,
        name,
        workflowType,
        activityType,
        taskQueue,
        namespace,
        workflowId,
        runId,
        null);
  }

  /** Where a call happens, which also gives the observation's name. */
  public enum Side {

    /** A {@code WorkflowClient} call: observation {@code temporal.client}. */
    CLIENT("temporal.client"),

    /** Workflow code on a worker: observation {@code temporal.workflow}. */
    WORKFLOW("temporal.workflow"),

    /** Activity code on a worker: observation {@code temporal.activity}. */
    ACTIVITY("temporal.activity"),

    /**
     * A workflow scheduling a Nexus operation through a Nexus service stub: observation {@code
     * temporal.nexus.caller}.
     */
    NEXUS_CALLER("temporal.nexus.caller"),

    /**
     * A Nexus operation handler on a worker, starting or cancelling an operation: observation
     * {@code temporal.nexus.handler}.
     */
    NEXUS_HANDLER("temporal.nexus.handler");

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
   * The Nexus operation a call starts or handles.
   *
   * @param endpoint the endpoint the caller names, or the one the handler's request came through;
   *     {@code null} when not known
   * @param service the Nexus service name
   * @param operation the operation name
   */
  public record NexusOperation(@Nullable String endpoint, String service, String operation) {

    /** Returns {@code Service/operation}, the name of a Nexus call. */
    public String qualifiedName() {
      return this.service + "/" + this.operation;
    }
  }

  /**
   * Returns the transport kind: one-way messages (start, signal, run, activity, a Nexus operation's
   * start or cancel) are producer and consumer spans, calls that wait for an answer (query, update)
   * are client and server spans.
   */
  public Kind kind() {
    boolean answered = this.operation.equals("query") || this.operation.equals("update");
    if (this.side == Side.CLIENT || this.side == Side.NEXUS_CALLER) {
      return answered ? Kind.CLIENT : Kind.PRODUCER;
    }
    return answered ? Kind.SERVER : Kind.CONSUMER;
  }

  /**
   * Returns the span name: {@code temporal start workflow OrderWorkflow}, {@code temporal run
   * workflow OrderWorkflow}, {@code temporal run activity Charge}, {@code temporal signal approve}
   * on the client and {@code temporal handle signal approve} in the workflow; for Nexus, {@code
   * temporal start nexus operation FraudService/check} in the calling workflow and {@code temporal
   * handle start nexus operation FraudService/check} (or {@code cancel}) in the handler.
   */
  public String contextualName() {
    String operation = this.operation.replace('_', ' ');
    if (this.side == Side.NEXUS_CALLER) {
      return "temporal " + operation + " nexus operation " + this.name;
    }
    if (this.side == Side.NEXUS_HANDLER) {
      return "temporal handle " + operation + " nexus operation " + this.name;
    }
    boolean ofWorkflow = this.operation.equals("run") || this.operation.startsWith("start");
    String what = (this.side == Side.ACTIVITY) ? " activity" : ofWorkflow ? " workflow" : "";
    String handle = (this.side == Side.WORKFLOW && what.isEmpty()) ? "handle " : "";
    return "temporal " + handle + operation + what + " " + this.name;
  }
}
