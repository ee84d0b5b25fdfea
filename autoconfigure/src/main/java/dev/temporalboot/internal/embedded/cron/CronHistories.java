package dev.temporalboot.internal.embedded.cron;

import io.temporal.api.history.v1.History;
import io.temporal.api.workflowservice.v1.GetWorkflowExecutionHistoryRequest;
import io.temporal.api.workflowservice.v1.GetWorkflowExecutionHistoryResponse;
import io.temporal.api.workflowservice.v1.GetWorkflowExecutionHistoryReverseRequest;
import io.temporal.api.workflowservice.v1.GetWorkflowExecutionHistoryReverseResponse;
import io.temporal.api.workflowservice.v1.PollWorkflowTaskQueueRequest;
import io.temporal.api.workflowservice.v1.PollWorkflowTaskQueueResponse;
import io.temporal.api.workflowservice.v1.RespondWorkflowTaskCompletedRequest;
import io.temporal.api.workflowservice.v1.RespondWorkflowTaskCompletedResponse;
import io.temporal.api.workflowservice.v1.StartWorkflowExecutionRequest;
import io.temporal.api.workflowservice.v1.StartWorkflowExecutionResponse;

/**
 * Puts the schedules as written back into the histories the test server answers with: workflow
 * tasks (polled, or eager on start) and history reads; keeps a cron child's first workflow task
 * from workers.
 */
final class CronHistories {

  private final CronScheduleNames names;

  private final ComputedCronRuns computed;

  private final CronChildStarts children;

  CronHistories(CronScheduleNames names, ComputedCronRuns computed, CronChildStarts children) {
    this.names = names;
    this.computed = computed;
    this.children = children;
  }

  /** Returns the answer with its history restored; the request says which namespace. */
  Object restore(Object request, Object response) {
    if (response instanceof PollWorkflowTaskQueueResponse task
        && request instanceof PollWorkflowTaskQueueRequest poll) {
      return restore(poll.getNamespace(), task);
    }
    if (response instanceof StartWorkflowExecutionResponse started
        && request instanceof StartWorkflowExecutionRequest start
        && started.hasEagerWorkflowTask()) {
      return started.toBuilder()
          .setEagerWorkflowTask(restore(start.getNamespace(), started.getEagerWorkflowTask()))
          .build();
    }
    if (response instanceof RespondWorkflowTaskCompletedResponse next
        && request instanceof RespondWorkflowTaskCompletedRequest completed
        && next.hasWorkflowTask()) {
      return next.toBuilder()
          .setWorkflowTask(restore(completed.getNamespace(), next.getWorkflowTask()))
          .build();
    }
    if (response instanceof GetWorkflowExecutionHistoryResponse page
        && request instanceof GetWorkflowExecutionHistoryRequest read) {
      History history =
          restore(read.getNamespace(), read.getExecution().getWorkflowId(), page.getHistory());
      return history == page.getHistory() ? page : page.toBuilder().setHistory(history).build();
    }
    if (response instanceof GetWorkflowExecutionHistoryReverseResponse page
        && request instanceof GetWorkflowExecutionHistoryReverseRequest read) {
      History history =
          restore(read.getNamespace(), read.getExecution().getWorkflowId(), page.getHistory());
      return history == page.getHistory() ? page : page.toBuilder().setHistory(history).build();
    }
    return response;
  }

  private PollWorkflowTaskQueueResponse restore(
      String namespace, PollWorkflowTaskQueueResponse polled) {
    PollWorkflowTaskQueueResponse task = this.children.polled(namespace, polled);
    if (task.getTaskToken().isEmpty()) {
      return task;
    }
    this.computed.polled(namespace, task);
    String workflowId = task.getWorkflowExecution().getWorkflowId();
    History history = restore(namespace, workflowId, task.getHistory());
    return history == task.getHistory() ? task : task.toBuilder().setHistory(history).build();
  }

  private History restore(String namespace, String workflowId, History history) {
    return this.children.restore(
        namespace,
        this.computed.restore(
            namespace, workflowId, this.names.restore(namespace, workflowId, history)));
  }
}
