package dev.temporalboot.internal.embedded;

import com.google.protobuf.ByteString;
import io.temporal.api.common.v1.WorkflowExecution;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.api.schedule.v1.ScheduleListInfo;
import io.temporal.api.workflow.v1.WorkflowExecutionInfo;
import io.temporal.api.workflowservice.v1.GetWorkflowExecutionHistoryRequest;
import io.temporal.api.workflowservice.v1.GetWorkflowExecutionHistoryResponse;
import io.temporal.api.workflowservice.v1.ListSchedulesRequest;
import io.temporal.api.workflowservice.v1.ListSchedulesResponse;
import io.temporal.api.workflowservice.v1.ListWorkflowExecutionsRequest;
import io.temporal.api.workflowservice.v1.ListWorkflowExecutionsResponse;
import io.temporal.api.workflowservice.v1.WorkflowServiceGrpc.WorkflowServiceBlockingStub;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the embedded server has to do at or after a server time, read through its public API:
 * workflows whose workflow task is pending or whose timer or delayed start is due (busy), and the
 * earliest later time at which a timer, a delayed start or a schedule action falls due (next).
 */
record DueWork(List<String> busy, @Nullable Instant next) {

  private static final String OPEN = "ExecutionStatus = 'Running'";

  /** Reads the work of every namespace at server time {@code now}. */
  static DueWork observe(
      WorkflowServiceBlockingStub service, List<String> namespaces, Instant now) {
    Collector work = new Collector(now);
    for (String namespace : namespaces) {
      for (ScheduleListInfo schedule : schedules(service, namespace)) {
        if (!schedule.getPaused()) {
          schedule.getFutureActionTimesList().stream()
              .findFirst()
              .ifPresent((time) -> work.due(WorkflowHistoryDue.instant(time), "a schedule"));
        }
      }
      for (WorkflowExecutionInfo info : openWorkflows(service, namespace)) {
        WorkflowExecution execution = info.getExecution();
        String name = "workflow " + execution.getWorkflowId() + " in namespace " + namespace;
        WorkflowHistoryDue history = WorkflowHistoryDue.of(history(service, namespace, execution));
        if (history.workflowTaskPending()) {
          work.busy.add(name + " (its workflow task is pending: does a worker poll its queue?)");
        }
        history.dueTimes().forEach((time) -> work.due(time, name));
      }
    }
    return new DueWork(List.copyOf(work.busy), work.next);
  }

  private static List<ScheduleListInfo> schedules(
      WorkflowServiceBlockingStub service, String namespace) {
    List<ScheduleListInfo> schedules = new ArrayList<>();
    ByteString page = ByteString.EMPTY;
    do {
      ListSchedulesResponse response =
          service.listSchedules(
              ListSchedulesRequest.newBuilder()
                  .setNamespace(namespace)
                  .setNextPageToken(page)
                  .build());
      response.getSchedulesList().forEach((entry) -> schedules.add(entry.getInfo()));
      page = response.getNextPageToken();
    } while (!page.isEmpty());
    return schedules;
  }

  private static List<WorkflowExecutionInfo> openWorkflows(
      WorkflowServiceBlockingStub service, String namespace) {
    List<WorkflowExecutionInfo> open = new ArrayList<>();
    ByteString page = ByteString.EMPTY;
    do {
      ListWorkflowExecutionsResponse response =
          service.listWorkflowExecutions(
              ListWorkflowExecutionsRequest.newBuilder()
                  .setNamespace(namespace)
                  .setQuery(OPEN)
                  .setNextPageToken(page)
                  .build());
      open.addAll(response.getExecutionsList());
      page = response.getNextPageToken();
    } while (!page.isEmpty());
    return open;
  }

  private static List<HistoryEvent> history(
      WorkflowServiceBlockingStub service, String namespace, WorkflowExecution execution) {
    List<HistoryEvent> events = new ArrayList<>();
    ByteString page = ByteString.EMPTY;
    do {
      GetWorkflowExecutionHistoryResponse response =
          service.getWorkflowExecutionHistory(
              GetWorkflowExecutionHistoryRequest.newBuilder()
                  .setNamespace(namespace)
                  .setExecution(execution)
                  .setNextPageToken(page)
                  .build());
      events.addAll(response.getHistory().getEventsList());
      page = response.getNextPageToken();
    } while (!page.isEmpty());
    return events;
  }

  /** Sorts due times into busy (at or before now) and the earliest later one. */
  private static final class Collector {

    private final Instant now;

    private final List<String> busy = new ArrayList<>();

    private @Nullable Instant next;

    Collector(Instant now) {
      this.now = now;
    }

    void due(Instant time, String what) {
      if (!time.isAfter(this.now)) {
        this.busy.add(what + " (due at " + time + ")");
      } else if (this.next == null || time.isBefore(this.next)) {
        this.next = time;
      }
    }
  }
}
