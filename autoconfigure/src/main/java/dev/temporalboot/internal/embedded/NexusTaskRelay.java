package dev.temporalboot.internal.embedded;

import io.grpc.Context;
import io.grpc.stub.StreamObserver;
import io.temporal.api.workflowservice.v1.PollNexusTaskQueueRequest;
import io.temporal.api.workflowservice.v1.PollNexusTaskQueueResponse;
import io.temporal.api.workflowservice.v1.WorkflowServiceGrpc;
import java.io.Closeable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands the Nexus tasks of one task queue to the worker of the namespace their endpoint targets.
 * The SDK's test server queues a Nexus task in the caller's namespace, under the endpoint's task
 * queue, so a handler whose worker polls another namespace never gets it; a real cluster routes by
 * the endpoint's target namespace. So for a queue that endpoints target, this relay alone takes the
 * tasks out of the test server, in every namespace, and keeps each for the namespace its endpoint
 * names until that namespace's worker polls.
 */
final class NexusTaskRelay implements Closeable {

  private static final Logger logger = LoggerFactory.getLogger(NexusTaskRelay.class);

  /** How long a worker's poll waits here for a task; the SDK polls again at once after. */
  private static final long POLL_WAIT_MILLIS = TimeUnit.SECONDS.toMillis(20);

  /** How often a waiting poll checks whether its call was cancelled. */
  private static final long CHECK_MILLIS = 100;

  private final String taskQueue;

  private final WorkflowServiceGrpc.WorkflowServiceImplBase testServer;

  private final Function<String, @Nullable String> targetNamespace;

  private final Supplier<List<String>> namespaces;

  private final Map<String, BlockingQueue<PollNexusTaskQueueResponse>> ready =
      new ConcurrentHashMap<>();

  private final Map<String, Thread> pollers = new ConcurrentHashMap<>();

  private volatile boolean closed;

  /**
   * @param taskQueue the task queue whose Nexus tasks to relay
   * @param testServer the SDK's workflow service, polled in-process
   * @param targetNamespace the namespace an endpoint name targets, or null when unknown
   * @param namespaces the namespaces a caller may be in
   */
  NexusTaskRelay(
      String taskQueue,
      WorkflowServiceGrpc.WorkflowServiceImplBase testServer,
      Function<String, @Nullable String> targetNamespace,
      Supplier<List<String>> namespaces) {
    this.taskQueue = taskQueue;
    this.testServer = testServer;
    this.targetNamespace = targetNamespace;
    this.namespaces = namespaces;
  }

  /**
   * Answers a worker's poll: a task for its namespace, or nothing once the wait is over or the call
   * is cancelled (a worker shutting down). A task taken is always answered, never dropped.
   *
   * @param namespace the namespace the worker polls
   * @param call the poll's gRPC context
   * @return the task, or an empty response
   */
  PollNexusTaskQueueResponse poll(String namespace, Context call) {
    startPollers();
    BlockingQueue<PollNexusTaskQueueResponse> tasks = ready(namespace);
    long deadline = System.currentTimeMillis() + POLL_WAIT_MILLIS;
    try {
      while (!this.closed && !call.isCancelled() && System.currentTimeMillis() < deadline) {
        PollNexusTaskQueueResponse task = tasks.poll(CHECK_MILLIS, TimeUnit.MILLISECONDS);
        if (task != null) {
          return task;
        }
      }
    } catch (InterruptedException ex) {
      Thread.currentThread().interrupt();
    }
    return PollNexusTaskQueueResponse.getDefaultInstance();
  }

  private BlockingQueue<PollNexusTaskQueueResponse> ready(String namespace) {
    return this.ready.computeIfAbsent(namespace, (name) -> new LinkedBlockingQueue<>());
  }

  /** One poller per namespace a caller may be in, including those registered since. */
  private void startPollers() {
    for (String namespace : this.namespaces.get()) {
      this.pollers.computeIfAbsent(
          namespace,
          (name) -> {
            Thread thread =
                new Thread(
                    () -> relayFrom(name), "temporal-nexus-relay-" + name + "-" + this.taskQueue);
            thread.setDaemon(true);
            thread.start();
            return thread;
          });
    }
  }

  private void relayFrom(String namespace) {
    PollNexusTaskQueueRequest request =
        PollNexusTaskQueueRequest.newBuilder()
            .setNamespace(namespace)
            .setIdentity("temporal-boot-nexus-relay")
            .setTaskQueue(
                io.temporal.api.taskqueue.v1.TaskQueue.newBuilder().setName(this.taskQueue))
            .build();
    while (!this.closed) {
      PollNexusTaskQueueResponse task = pollTestServer(request);
      if (task == null || task.getTaskToken().isEmpty()) {
        continue;
      }
      String target = this.targetNamespace.apply(task.getRequest().getEndpoint());
      ready((target != null) ? target : namespace).add(task);
    }
  }

  /** Calls the test server's long poll on this thread; it answers empty when interrupted. */
  private @Nullable PollNexusTaskQueueResponse pollTestServer(PollNexusTaskQueueRequest request) {
    CompletableFuture<PollNexusTaskQueueResponse> answer = new CompletableFuture<>();
    this.testServer.pollNexusTaskQueue(
        request,
        new StreamObserver<>() {
          @Override
          public void onNext(PollNexusTaskQueueResponse value) {
            answer.complete(value);
          }

          @Override
          public void onError(Throwable error) {
            answer.completeExceptionally(error);
          }

          @Override
          public void onCompleted() {
            answer.complete(PollNexusTaskQueueResponse.getDefaultInstance());
          }
        });
    try {
      return answer.getNow(null);
    } catch (RuntimeException ex) {
      if (!this.closed) {
        logger.debug("Nexus relay poll of queue '{}' failed", this.taskQueue, ex);
        pause();
      }
      return null;
    }
  }

  private void pause() {
    try {
      Thread.sleep(CHECK_MILLIS);
    } catch (InterruptedException ex) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    this.closed = true;
    List<Thread> threads = new ArrayList<>(this.pollers.values());
    threads.forEach(Thread::interrupt);
    for (Thread thread : threads) {
      try {
        thread.join(TimeUnit.SECONDS.toMillis(2));
      } catch (InterruptedException ex) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
