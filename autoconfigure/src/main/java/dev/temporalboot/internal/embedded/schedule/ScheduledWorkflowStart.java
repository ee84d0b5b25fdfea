package dev.temporalboot.internal.embedded.schedule;

import com.google.protobuf.ByteString;
import io.temporal.api.common.v1.Payload;
import io.temporal.api.common.v1.SearchAttributes;
import io.temporal.api.common.v1.WorkflowExecution;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.api.enums.v1.WorkflowIdReusePolicy;
import io.temporal.api.schedule.v1.ScheduleActionResult;
import io.temporal.api.workflow.v1.NewWorkflowExecutionInfo;
import io.temporal.api.workflowservice.v1.StartWorkflowExecutionRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * The start of a scheduled workflow as a real cluster's scheduler makes it: the id with the nominal
 * time, the action's options, and the search attributes naming the schedule and the time.
 */
final class ScheduledWorkflowStart {

  /** The search attribute naming the schedule that started a workflow. */
  static final String SCHEDULED_BY_ID = "TemporalScheduledById";

  /** The search attribute with the nominal time a schedule started a workflow for. */
  static final String SCHEDULED_START_TIME = "TemporalScheduledStartTime";

  private ScheduledWorkflowStart() {}

  /**
   * Starts the action's workflow for a buffered start.
   *
   * @return the action's result, as describe shows it
   * @throws io.grpc.StatusRuntimeException when the server refuses the start
   */
  static ScheduleActionResult start(
      WorkflowActions actions, ScheduleEntry schedule, BufferedStart start, Instant now) {
    NewWorkflowExecutionInfo workflow = schedule.schedule.getAction().getStartWorkflow();
    Instant nominal = start.nominal().truncatedTo(ChronoUnit.SECONDS);
    String workflowId = workflow.getWorkflowId() + "-" + nominal;
    StartWorkflowExecutionRequest.Builder request =
        StartWorkflowExecutionRequest.newBuilder()
            .setNamespace(schedule.namespace)
            .setWorkflowId(workflowId)
            .setWorkflowType(workflow.getWorkflowType())
            .setTaskQueue(workflow.getTaskQueue())
            .setInput(workflow.getInput())
            .setIdentity("temporal-scheduler-" + schedule.namespace + "-" + schedule.id)
            .setRequestId(UUID.randomUUID().toString())
            .setWorkflowIdReusePolicy(
                start.manual()
                    ? WorkflowIdReusePolicy.WORKFLOW_ID_REUSE_POLICY_ALLOW_DUPLICATE
                    : WorkflowIdReusePolicy.WORKFLOW_ID_REUSE_POLICY_REJECT_DUPLICATE)
            .setMemo(workflow.getMemo())
            .setSearchAttributes(
                withScheduleAttributes(workflow.getSearchAttributes(), schedule.id, nominal))
            .setHeader(workflow.getHeader());
    if (workflow.hasWorkflowExecutionTimeout()) {
      request.setWorkflowExecutionTimeout(workflow.getWorkflowExecutionTimeout());
    }
    if (workflow.hasWorkflowRunTimeout()) {
      request.setWorkflowRunTimeout(workflow.getWorkflowRunTimeout());
    }
    if (workflow.hasWorkflowTaskTimeout()) {
      request.setWorkflowTaskTimeout(workflow.getWorkflowTaskTimeout());
    }
    if (workflow.hasRetryPolicy()) {
      request.setRetryPolicy(workflow.getRetryPolicy());
    }
    if (workflow.hasUserMetadata()) {
      request.setUserMetadata(workflow.getUserMetadata());
    }
    if (workflow.hasPriority()) {
      request.setPriority(workflow.getPriority());
    }
    String runId = actions.start(request.build());
    return ScheduleActionResult.newBuilder()
        .setScheduleTime(ScheduleEntry.timestamp(start.actual()))
        .setActualTime(ScheduleEntry.timestamp(now))
        .setStartWorkflowResult(
            WorkflowExecution.newBuilder().setWorkflowId(workflowId).setRunId(runId))
        .setStartWorkflowStatus(WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_RUNNING)
        .build();
  }

  static SearchAttributes withScheduleAttributes(
      SearchAttributes attributes, String scheduleId, Instant nominal) {
    return attributes.toBuilder()
        .putIndexedFields(SCHEDULED_START_TIME, jsonString(nominal.toString(), "Datetime"))
        .putIndexedFields(SCHEDULED_BY_ID, jsonString(scheduleId, "Keyword"))
        .build();
  }

  /** A search attribute value as the SDK encodes it: a JSON string, with its type. */
  private static Payload jsonString(String value, String type) {
    String json = "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    return Payload.newBuilder()
        .putMetadata("encoding", ByteString.copyFromUtf8("json/plain"))
        .putMetadata("type", ByteString.copyFromUtf8(type))
        .setData(ByteString.copyFrom(json, StandardCharsets.UTF_8))
        .build();
  }
}
