package dev.temporalboot.internal.embedded.visibility;

import com.google.protobuf.Timestamp;
import io.temporal.api.enums.v1.IndexedValueType;
import io.temporal.api.workflow.v1.WorkflowExecutionInfo;
import io.temporal.api.workflowservice.v1.DescribeWorkflowExecutionResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Turns the test server's description of an execution into what visibility holds: the info with the
 * fields a real cluster's list fills, and the values of its system and custom attributes.
 */
final class ExecutionRecords {

  private ExecutionRecords() {}

  /** The record, or null while the execution has no start event yet. */
  static @Nullable ExecutionRecord of(
      DescribeWorkflowExecutionResponse description, Map<String, IndexedValueType> types) {
    WorkflowExecutionInfo described = description.getWorkflowExecutionInfo();
    if (!described.hasStartTime()) {
      return null;
    }
    WorkflowExecutionInfo.Builder info =
        WorkflowExecutionInfo.newBuilder()
            .setExecution(described.getExecution())
            .setType(described.getType())
            .setStartTime(described.getStartTime())
            .setExecutionTime(described.getExecutionTime())
            .setStatus(described.getStatus())
            .setMemo(described.getMemo())
            .setSearchAttributes(described.getSearchAttributes())
            .setTaskQueue(described.getTaskQueue())
            .setRootExecution(described.getRootExecution());
    if (described.hasParentExecution()) {
      info.setParentExecution(described.getParentExecution());
    }
    Map<String, Object> attributes = new HashMap<>();
    if (described.hasCloseTime()) {
      // A real cluster fills these for closed executions only; the duration counts from the
      // execution time (after any start delay), not the start time.
      Duration duration =
          Duration.between(
              instant(described.getExecutionTime()), instant(described.getCloseTime()));
      info.setCloseTime(described.getCloseTime())
          .setExecutionDuration(com.google.protobuf.util.Durations.fromNanos(duration.toNanos()))
          .setHistoryLength(described.getHistoryLength());
      attributes.put("CloseTime", instant(described.getCloseTime()));
      attributes.put("ExecutionDuration", duration);
    }
    attributes.putAll(SearchAttributeValues.decode(described.getSearchAttributes(), types));
    attributes.put("WorkflowId", described.getExecution().getWorkflowId());
    attributes.put("RunId", described.getExecution().getRunId());
    attributes.put("WorkflowType", described.getType().getName());
    attributes.put(
        SystemSearchAttributes.EXECUTION_STATUS, QueryValues.shortName(described.getStatus()));
    attributes.put("StartTime", instant(described.getStartTime()));
    attributes.put("ExecutionTime", instant(described.getExecutionTime()));
    attributes.put("HistoryLength", described.getHistoryLength());
    attributes.put("TaskQueue", described.getTaskQueue());
    if (described.hasParentExecution()) {
      attributes.put("ParentWorkflowId", described.getParentExecution().getWorkflowId());
      attributes.put("ParentRunId", described.getParentExecution().getRunId());
    }
    if (described.hasRootExecution()) {
      attributes.put("RootWorkflowId", described.getRootExecution().getWorkflowId());
      attributes.put("RootRunId", described.getRootExecution().getRunId());
    }
    Instant close = described.hasCloseTime() ? instant(described.getCloseTime()) : null;
    PageToken key =
        PageToken.of(close, instant(described.getStartTime()), described.getExecution().getRunId());
    return new ExecutionRecord(info.build(), Map.copyOf(attributes), key);
  }

  private static Instant instant(Timestamp time) {
    return Instant.ofEpochSecond(time.getSeconds(), time.getNanos());
  }
}
