package dev.temporalboot.e2e.overrides.app;

import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.ForwardingClientCall.SimpleForwardingClientCall;
import io.grpc.MethodDescriptor;
import io.temporal.api.enums.v1.TaskQueueKind;
import io.temporal.api.taskqueue.v1.TaskQueue;
import io.temporal.api.workflowservice.v1.PollActivityTaskQueueRequest;
import io.temporal.api.workflowservice.v1.PollWorkflowTaskQueueRequest;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The normal task queues this app's workers poll, as sent on the gRPC channel. */
public final class PolledQueues implements ClientInterceptor {

  private final Set<String> queues = ConcurrentHashMap.newKeySet();

  /** Returns the task queues polled so far, for workflow or activity tasks. */
  public Set<String> queues() {
    return Set.copyOf(this.queues);
  }

  @Override
  public <Q, R> ClientCall<Q, R> interceptCall(
      MethodDescriptor<Q, R> method, CallOptions options, Channel next) {
    return new SimpleForwardingClientCall<>(next.newCall(method, options)) {
      @Override
      public void sendMessage(Q message) {
        if (message instanceof PollWorkflowTaskQueueRequest poll) {
          record(poll.getTaskQueue());
        } else if (message instanceof PollActivityTaskQueueRequest poll) {
          record(poll.getTaskQueue());
        }
        super.sendMessage(message);
      }
    };
  }

  private void record(TaskQueue queue) {
    if (queue.getKind() != TaskQueueKind.TASK_QUEUE_KIND_STICKY) {
      this.queues.add(queue.getName());
    }
  }
}
