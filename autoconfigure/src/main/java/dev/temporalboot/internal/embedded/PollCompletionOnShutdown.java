package dev.temporalboot.internal.embedded;

import io.grpc.Context;
import io.grpc.Context.CancellableContext;
import io.grpc.Contexts;
import io.grpc.ForwardingServerCall.SimpleForwardingServerCall;
import io.grpc.ForwardingServerCallListener.SimpleForwardingServerCallListener;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;
import io.temporal.api.namespace.v1.NamespaceInfo;
import io.temporal.api.workflowservice.v1.DescribeNamespaceResponse;
import io.temporal.api.workflowservice.v1.PollActivityTaskQueueRequest;
import io.temporal.api.workflowservice.v1.PollActivityTaskQueueResponse;
import io.temporal.api.workflowservice.v1.PollNexusTaskQueueRequest;
import io.temporal.api.workflowservice.v1.PollNexusTaskQueueResponse;
import io.temporal.api.workflowservice.v1.PollWorkflowTaskQueueRequest;
import io.temporal.api.workflowservice.v1.PollWorkflowTaskQueueResponse;
import io.temporal.api.workflowservice.v1.ShutdownWorkerRequest;
import io.temporal.api.workflowservice.v1.WorkflowServiceGrpc;

/**
 * Gives the test server what a current Temporal cluster does when a worker stops: ShutdownWorker
 * ends that worker's outstanding long polls on the server side, and the namespace advertises it
 * ({@code worker_poll_complete_on_shutdown}). The SDK then lets its last polls return instead of
 * cancelling them, so a task the server hands to a stopping worker reaches it and runs, rather than
 * waiting out its timeout. Without this, the test server's ShutdownWorker does nothing and the
 * SDK's cancelled polls race with tasks matched to them.
 *
 * <p>Depends on undocumented behaviour of SDK 1.39: the test server's poll handlers wait on a
 * context derived from the call's gRPC {@code Context} and answer empty when it is cancelled; its
 * ShutdownWorker and DescribeNamespace do nothing of the kind themselves; the SDK's workers send
 * their {@code worker_instance_key} with each poll and with ShutdownWorker, and let their polls
 * return rather than cancel them when the namespace advertises the capability. {@code
 * PollCompletionOnShutdownAssumptionsTests} fails naming which of these changed.
 */
final class PollCompletionOnShutdown implements ServerInterceptor {

  private final WorkerPolls polls = new WorkerPolls();

  @Override
  public <Q, R> ServerCall.Listener<Q> interceptCall(
      ServerCall<Q, R> call, Metadata headers, ServerCallHandler<Q, R> next) {
    String method = call.getMethodDescriptor().getFullMethodName();
    if (isPoll(method)) {
      return interceptPoll(call, headers, next);
    }
    if (method.equals(WorkflowServiceGrpc.getShutdownWorkerMethod().getFullMethodName())) {
      return new SimpleForwardingServerCallListener<>(next.startCall(call, headers)) {
        @Override
        public void onMessage(Q message) {
          polls.stop(((ShutdownWorkerRequest) message).getWorkerInstanceKey());
          super.onMessage(message);
        }
      };
    }
    if (method.equals(WorkflowServiceGrpc.getDescribeNamespaceMethod().getFullMethodName())) {
      return next.startCall(new AdvertisingCapability<>(call), headers);
    }
    return next.startCall(call, headers);
  }

  /**
   * Runs the poll in a context of its own that ShutdownWorker can cancel: the test server then
   * withdraws the poll, answering it empty, unless a task was already matched to it, which the
   * worker then receives. A stopped worker's later polls are answered empty without a task.
   */
  private <Q, R> ServerCall.Listener<Q> interceptPoll(
      ServerCall<Q, R> call, Metadata headers, ServerCallHandler<Q, R> next) {
    CancellableContext poll = Context.current().withCancellation();
    ServerCall<Q, R> releasing =
        new SimpleForwardingServerCall<>(call) {
          @Override
          public void close(Status status, Metadata trailers) {
            poll.cancel(null);
            super.close(status, trailers);
          }
        };
    return new SimpleForwardingServerCallListener<>(
        Contexts.interceptCall(poll, releasing, headers, next)) {
      private boolean answered;

      @Override
      public void onMessage(Q message) {
        String worker = workerInstanceKey(message);
        if (this.answered || polls.isStopped(worker)) {
          this.answered = true;
          answerEmpty(releasing);
          return;
        }
        polls.track(worker, poll);
        super.onMessage(message);
      }

      @Override
      public void onHalfClose() {
        if (!this.answered) {
          super.onHalfClose();
        }
      }

      @Override
      public void onCancel() {
        poll.cancel(null);
        super.onCancel();
      }
    };
  }

  private static boolean isPoll(String method) {
    return method.equals(WorkflowServiceGrpc.getPollWorkflowTaskQueueMethod().getFullMethodName())
        || method.equals(WorkflowServiceGrpc.getPollActivityTaskQueueMethod().getFullMethodName())
        || method.equals(WorkflowServiceGrpc.getPollNexusTaskQueueMethod().getFullMethodName());
  }

  @SuppressWarnings("unchecked")
  private static <R> void answerEmpty(ServerCall<?, R> call) {
    String method = call.getMethodDescriptor().getFullMethodName();
    Object empty =
        method.equals(WorkflowServiceGrpc.getPollWorkflowTaskQueueMethod().getFullMethodName())
            ? PollWorkflowTaskQueueResponse.getDefaultInstance()
            : method.equals(
                    WorkflowServiceGrpc.getPollActivityTaskQueueMethod().getFullMethodName())
                ? PollActivityTaskQueueResponse.getDefaultInstance()
                : PollNexusTaskQueueResponse.getDefaultInstance();
    call.sendHeaders(new Metadata());
    call.sendMessage((R) empty);
    call.close(Status.OK, new Metadata());
  }

  private static String workerInstanceKey(Object request) {
    if (request instanceof PollWorkflowTaskQueueRequest poll) {
      return poll.getWorkerInstanceKey();
    }
    if (request instanceof PollActivityTaskQueueRequest poll) {
      return poll.getWorkerInstanceKey();
    }
    return ((PollNexusTaskQueueRequest) request).getWorkerInstanceKey();
  }

  /** Adds the capability to the test server's DescribeNamespace answer. */
  private static final class AdvertisingCapability<Q, R> extends SimpleForwardingServerCall<Q, R> {

    AdvertisingCapability(ServerCall<Q, R> call) {
      super(call);
    }

    @Override
    @SuppressWarnings("unchecked")
    public void sendMessage(R message) {
      DescribeNamespaceResponse.Builder response =
          ((DescribeNamespaceResponse) message).toBuilder();
      NamespaceInfo.Builder info = response.getNamespaceInfoBuilder();
      info.setCapabilities(
          info.getCapabilities().toBuilder().setWorkerPollCompleteOnShutdown(true));
      super.sendMessage((R) response.build());
    }
  }
}
