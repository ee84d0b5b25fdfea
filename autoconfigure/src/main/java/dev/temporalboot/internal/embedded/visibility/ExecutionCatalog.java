package dev.temporalboot.internal.embedded.visibility;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.temporal.api.workflow.v1.WorkflowExecutionInfo;
import io.temporal.api.workflowservice.v1.DescribeWorkflowExecutionRequest;
import io.temporal.api.workflowservice.v1.DescribeWorkflowExecutionResponse;
import io.temporal.api.workflowservice.v1.ListClosedWorkflowExecutionsRequest;
import io.temporal.api.workflowservice.v1.ListOpenWorkflowExecutionsRequest;
import io.temporal.api.workflowservice.v1.WorkflowServiceGrpc.WorkflowServiceImplBase;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The executions of a namespace, read from the SDK's test server: its open and closed lists name
 * every namespace's executions without memo or attributes, so each is described in the asked
 * namespace (NOT_FOUND: another one's). Descriptions are cached: a closed execution's never
 * changes, another namespace's never becomes this one's, and an open one's changes only with a new
 * history event (attribute upserts, memo changes and closing are events), so it is described again
 * only when its history length differs from the cached one.
 */
final class ExecutionCatalog {

  private static final int ATTEMPTS = 5;

  private final Supplier<WorkflowServiceImplBase> service;

  private final SearchAttributeSchema schema;

  private final Map<Key, Cached> cache = new ConcurrentHashMap<>();

  ExecutionCatalog(Supplier<WorkflowServiceImplBase> service, SearchAttributeSchema schema) {
    this.service = service;
    this.schema = schema;
  }

  /** Every execution of the namespace now, in no particular order. */
  List<ExecutionRecord> executions(String namespace) {
    long schemaVersion = this.schema.version();
    List<ExecutionRecord> records = new ArrayList<>();
    for (WorkflowExecutionInfo listed : enumerate()) {
      Key key = new Key(namespace, listed.getExecution().getRunId());
      Cached cached = this.cache.get(key);
      if (cached == null || cached.isStale(listed.getHistoryLength(), schemaVersion)) {
        cached = describe(namespace, listed, schemaVersion);
        if (cached == null) {
          continue;
        }
        this.cache.put(key, cached);
      }
      if (cached.record() != null) {
        records.add(cached.record());
      }
    }
    return records;
  }

  /** Open ones first, so that one closing meanwhile is listed twice (once kept), not missed. */
  private List<WorkflowExecutionInfo> enumerate() {
    WorkflowServiceImplBase workflows = this.service.get();
    for (int attempt = 1; ; attempt++) {
      try {
        Map<String, WorkflowExecutionInfo> byRunId = new LinkedHashMap<>();
        InProcess.call(
                workflows::listOpenWorkflowExecutions,
                ListOpenWorkflowExecutionsRequest.getDefaultInstance())
            .getExecutionsList()
            .forEach((info) -> byRunId.put(info.getExecution().getRunId(), info));
        InProcess.call(
                workflows::listClosedWorkflowExecutions,
                ListClosedWorkflowExecutionsRequest.getDefaultInstance())
            .getExecutionsList()
            .forEach((info) -> byRunId.put(info.getExecution().getRunId(), info));
        return new ArrayList<>(byRunId.values());
      } catch (StatusRuntimeException ex) {
        throw ex;
      } catch (RuntimeException ex) {
        // The test server reads its store unlocked, racing executions that start meanwhile
        // (a ConcurrentModificationException, or a history with no event yet).
        if (attempt == ATTEMPTS) {
          throw Status.UNAVAILABLE
              .withDescription("executions changed while listing them; try again")
              .withCause(ex)
              .asRuntimeException();
        }
      }
    }
  }

  private @Nullable Cached describe(
      String namespace, WorkflowExecutionInfo listed, long schemaVersion) {
    DescribeWorkflowExecutionRequest request =
        DescribeWorkflowExecutionRequest.newBuilder()
            .setNamespace(namespace)
            .setExecution(listed.getExecution())
            .build();
    DescribeWorkflowExecutionResponse description;
    try {
      description = InProcess.call(this.service.get()::describeWorkflowExecution, request);
    } catch (StatusRuntimeException ex) {
      if (ex.getStatus().getCode() == Status.Code.NOT_FOUND) {
        return new Cached(listed.getHistoryLength(), schemaVersion, null);
      }
      throw ex;
    }
    ExecutionRecord record = ExecutionRecords.of(description, this.schema.types());
    if (record == null) {
      return null; // being started right now: listed once its start event is in
    }
    return new Cached(
        description.getWorkflowExecutionInfo().getHistoryLength(), schemaVersion, record);
  }

  private record Key(String namespace, String runId) {}

  /**
   * A description, or null for an execution of another namespace; its attribute values were decoded
   * with the types of one schema version.
   */
  private record Cached(long historyLength, long schemaVersion, @Nullable ExecutionRecord record) {

    boolean isStale(long listedHistoryLength, long currentSchemaVersion) {
      return record != null
          && (schemaVersion != currentSchemaVersion
              || record.isOpen() && historyLength != listedHistoryLength);
    }
  }
}
