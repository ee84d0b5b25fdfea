package dev.temporalboot.internal.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.awaitility.Awaitility.await;

import com.google.common.util.concurrent.ListenableFuture;
import dev.temporalboot.autoconfigure.fixtures.HelloActivitiesImpl;
import io.grpc.Context;
import io.grpc.Context.CancellableContext;
import io.grpc.Contexts;
import io.grpc.ForwardingServerCallListener.SimpleForwardingServerCallListener;
import io.grpc.Metadata;
import io.grpc.Server;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.temporal.api.taskqueue.v1.TaskQueue;
import io.temporal.api.workflowservice.v1.DescribeNamespaceRequest;
import io.temporal.api.workflowservice.v1.PollActivityTaskQueueRequest;
import io.temporal.api.workflowservice.v1.PollActivityTaskQueueResponse;
import io.temporal.api.workflowservice.v1.ShutdownWorkerRequest;
import io.temporal.api.workflowservice.v1.WorkflowServiceGrpc;
import io.temporal.client.WorkflowClient;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import io.temporal.worker.WorkerFactory;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What {@link PollCompletionOnShutdown} relies on, checked on the SDK's own test server and worker:
 * the test server withdraws a poll whose gRPC context is cancelled, does nothing itself on
 * ShutdownWorker, and the SDK lets its polls finish when the namespace advertises that it does.
 */
class PollCompletionOnShutdownAssumptionsTests {

  private static final String NAMESPACE = "default";

  private final SdkTestServer services = SdkTestServer.startLocked();

  private Server server;

  private WorkflowServiceStubs stubs;

  @AfterEach
  void stop() {
    this.stubs.shutdownNow();
    this.server.shutdownNow();
    this.services.close();
  }

  @Test
  void theTestServerAnswersAPollEmptyWhenItsContextIsCancelled() throws Exception {
    CancellablePolls polls = new CancellablePolls();
    serve(polls);
    ListenableFuture<PollActivityTaskQueueResponse> poll = pollActivity("queue", "worker");
    await().atMost(Duration.ofSeconds(5)).until(() -> !polls.contexts.isEmpty());
    Thread.sleep(200); // the poll now waits at the test server

    polls.contexts.forEach((context) -> context.cancel(null));

    PollActivityTaskQueueResponse answer =
        answer(
            poll,
            "The SDK's test server no longer answers a long poll when the poll's gRPC Context is"
                + " cancelled: PollCompletionOnShutdown must change");
    assertThat(answer.getTaskToken().isEmpty())
        .as("The SDK's test server answered a withdrawn poll with a task")
        .isTrue();
  }

  @Test
  void theTestServerLeavesPollsWaitingOnShutdownWorker() {
    serve();
    String queue = "queue-" + UUID.randomUUID();
    ListenableFuture<PollActivityTaskQueueResponse> poll = pollActivity(queue, "worker");

    this.stubs
        .blockingStub()
        .shutdownWorker(
            ShutdownWorkerRequest.newBuilder()
                .setNamespace(NAMESPACE)
                .setTaskQueue(queue)
                .setWorkerInstanceKey("worker")
                .build());

    await(
            "The SDK's test server now ends a worker's polls on ShutdownWorker itself:"
                + " PollCompletionOnShutdown may be redundant")
        .during(Duration.ofMillis(300))
        .atMost(Duration.ofSeconds(1))
        .until(() -> !poll.isDone());
    poll.cancel(true);
  }

  @Test
  void theTestServerDoesNotAdvertisePollCompletionOnShutdown() {
    serve();
    boolean advertised =
        this.stubs
            .blockingStub()
            .describeNamespace(
                DescribeNamespaceRequest.newBuilder().setNamespace(NAMESPACE).build())
            .getNamespaceInfo()
            .getCapabilities()
            .getWorkerPollCompleteOnShutdown();
    assertThat(advertised)
        .as(
            "The SDK's test server now advertises worker_poll_complete_on_shutdown itself:"
                + " PollCompletionOnShutdown may be redundant")
        .isFalse();
  }

  @Test
  void theSdkLetsItsPollsFinishWhenTheNamespaceAdvertisesPollCompletion() {
    PollRecorder recorder = new PollRecorder();
    serve(new PollCompletionOnShutdown(), recorder);
    WorkerFactory factory = startWorker();
    await().atMost(Duration.ofSeconds(10)).until(() -> !recorder.pollingWorkers.isEmpty());

    factory.shutdown();
    factory.awaitTermination(10, TimeUnit.SECONDS);

    assertThat(factory.isTerminated()).as("workers stopped within 10 s").isTrue();
    assertThat(recorder.stoppedWorkers)
        .as(
            "The SDK no longer sends ShutdownWorker with the worker_instance_key of its polls:"
                + " PollCompletionOnShutdown must change")
        .containsAll(recorder.pollingWorkers);
    assertThat(recorder.cancelledPolls)
        .as(
            "The SDK cancels its polls on shutdown although the namespace advertises"
                + " worker_poll_complete_on_shutdown: PollCompletionOnShutdown no longer stops"
                + " workers gracefully")
        .hasValue(0);
  }

  @Test
  void theSdkCancelsItsPollsWhenTheNamespaceDoesNotAdvertisePollCompletion() {
    PollRecorder recorder = new PollRecorder();
    serve(recorder);
    WorkerFactory factory = startWorker();
    await().atMost(Duration.ofSeconds(10)).until(() -> !recorder.pollingWorkers.isEmpty());

    factory.shutdown();
    factory.awaitTermination(10, TimeUnit.SECONDS);

    // Proves the recorder sees cancelled polls, so the test above cannot pass for want of seeing.
    assertThat(recorder.cancelledPolls.get()).isPositive();
  }

  private WorkerFactory startWorker() {
    WorkerFactory factory = WorkerFactory.newInstance(WorkflowClient.newInstance(this.stubs));
    factory
        .newWorker("queue-" + UUID.randomUUID())
        .registerActivitiesImplementations(new HelloActivitiesImpl());
    factory.start();
    return factory;
  }

  private void serve(ServerInterceptor... interceptors) {
    NettyServerBuilder builder =
        NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", 0));
    List.of(interceptors).forEach(builder::intercept);
    this.services.services().forEach(builder::addService);
    try {
      this.server = builder.build().start();
    } catch (IOException ex) {
      throw new IllegalStateException(ex);
    }
    this.stubs =
        WorkflowServiceStubs.newServiceStubs(
            WorkflowServiceStubsOptions.newBuilder()
                .setTarget("127.0.0.1:" + this.server.getPort())
                .build());
  }

  private ListenableFuture<PollActivityTaskQueueResponse> pollActivity(
      String queue, String worker) {
    return this.stubs
        .futureStub()
        .pollActivityTaskQueue(
            PollActivityTaskQueueRequest.newBuilder()
                .setNamespace(NAMESPACE)
                .setTaskQueue(TaskQueue.newBuilder().setName(queue))
                .setWorkerInstanceKey(worker)
                .build());
  }

  private static <T> T answer(ListenableFuture<T> poll, String otherwise)
      throws InterruptedException, ExecutionException {
    try {
      return poll.get(5, TimeUnit.SECONDS);
    } catch (TimeoutException ex) {
      poll.cancel(true);
      return fail(otherwise);
    }
  }

  private static boolean isActivityPoll(ServerCall<?, ?> call) {
    return call.getMethodDescriptor()
        .getFullMethodName()
        .equals(WorkflowServiceGrpc.getPollActivityTaskQueueMethod().getFullMethodName());
  }

  /** Runs each activity poll in a context the test can cancel, as PollCompletionOnShutdown does. */
  private static final class CancellablePolls implements ServerInterceptor {

    final Queue<CancellableContext> contexts = new ConcurrentLinkedQueue<>();

    @Override
    public <Q, R> ServerCall.Listener<Q> interceptCall(
        ServerCall<Q, R> call, Metadata headers, ServerCallHandler<Q, R> next) {
      if (!isActivityPoll(call)) {
        return next.startCall(call, headers);
      }
      CancellableContext context = Context.current().withCancellation();
      this.contexts.add(context);
      return Contexts.interceptCall(context, call, headers, next);
    }
  }

  /** Records the SDK's polls, which of them the SDK cancelled, and its ShutdownWorker calls. */
  private static final class PollRecorder implements ServerInterceptor {

    final Set<String> pollingWorkers = ConcurrentHashMap.newKeySet();

    final Set<String> stoppedWorkers = ConcurrentHashMap.newKeySet();

    final AtomicInteger cancelledPolls = new AtomicInteger();

    @Override
    public <Q, R> ServerCall.Listener<Q> interceptCall(
        ServerCall<Q, R> call, Metadata headers, ServerCallHandler<Q, R> next) {
      boolean poll = isActivityPoll(call);
      return new SimpleForwardingServerCallListener<>(next.startCall(call, headers)) {
        @Override
        public void onMessage(Q message) {
          if (poll) {
            pollingWorkers.add(((PollActivityTaskQueueRequest) message).getWorkerInstanceKey());
          } else if (message instanceof ShutdownWorkerRequest shutdown) {
            stoppedWorkers.add(shutdown.getWorkerInstanceKey());
          }
          super.onMessage(message);
        }

        @Override
        public void onCancel() {
          if (poll) {
            cancelledPolls.incrementAndGet();
          }
          super.onCancel();
        }
      };
    }
  }
}
