package dev.temporalboot.internal.embedded.schedule;

import io.temporal.api.common.v1.WorkflowExecution;
import io.temporal.api.workflowservice.v1.StartWorkflowExecutionRequest;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** What a schedule does to workflows: start them, stop them, and learn when they close. */
interface WorkflowActions {

  /**
   * Starts a workflow.
   *
   * @return its run id
   * @throws io.grpc.StatusRuntimeException when the server refuses the start
   */
  String start(StartWorkflowExecutionRequest request);

  void cancel(String namespace, WorkflowExecution execution, String reason);

  void terminate(String namespace, WorkflowExecution execution, String reason);

  /** Returns how the workflow closed, or null while it runs. */
  @Nullable WorkflowClose closed(String namespace, WorkflowExecution execution);

  /** Calls back once when the workflow closes, from any thread. */
  void watch(String namespace, WorkflowExecution execution, Consumer<WorkflowClose> onClose);
}
