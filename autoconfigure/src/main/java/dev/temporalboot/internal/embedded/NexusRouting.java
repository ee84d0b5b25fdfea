package dev.temporalboot.internal.embedded;

import io.grpc.Context;
import io.grpc.ForwardingServerCallListener.SimpleForwardingServerCallListener;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.stub.ServerCalls;
import io.temporal.api.nexus.v1.EndpointSpec;
import io.temporal.api.operatorservice.v1.CreateNexusEndpointRequest;
import io.temporal.api.operatorservice.v1.OperatorServiceGrpc;
import io.temporal.api.workflowservice.v1.PollNexusTaskQueueRequest;
import io.temporal.api.workflowservice.v1.WorkflowServiceGrpc;
import java.io.Closeable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Routes Nexus tasks by their endpoint's target namespace, as a real cluster does, once the
 * application uses several namespaces ({@link #enable()}): a worker's Nexus poll of a task queue
 * that an endpoint targets is answered by that queue's {@link NexusTaskRelay}. It learns the
 * endpoints from the CreateNexusEndpoint calls it sees; with routing off, every call passes as
 * before.
 */
final class NexusRouting implements ServerInterceptor, Closeable {

  private final Supplier<WorkflowServiceGrpc.WorkflowServiceImplBase> testServer;

  private final Supplier<List<String>> namespaces;

  /** Endpoint name to its target: namespace and task queue. */
  private final Map<String, EndpointSpec> endpoints = new ConcurrentHashMap<>();

  private final Map<String, NexusTaskRelay> relays = new ConcurrentHashMap<>();

  private volatile boolean enabled;

  /**
   * @param testServer the SDK's workflow service, once started
   * @param namespaces the registered namespaces, where callers may be
   */
  NexusRouting(
      Supplier<WorkflowServiceGrpc.WorkflowServiceImplBase> testServer,
      Supplier<List<String>> namespaces) {
    this.testServer = testServer;
    this.namespaces = namespaces;
  }

  /** Turns routing on: from now, Nexus polls of queues that endpoints target go through relays. */
  void enable() {
    this.enabled = true;
  }

  @Override
  public <Q, R> ServerCall.Listener<Q> interceptCall(
      ServerCall<Q, R> call, Metadata headers, ServerCallHandler<Q, R> next) {
    String method = call.getMethodDescriptor().getFullMethodName();
    if (method.equals(OperatorServiceGrpc.getCreateNexusEndpointMethod().getFullMethodName())) {
      return new SimpleForwardingServerCallListener<>(next.startCall(call, headers)) {
        @Override
        public void onMessage(Q message) {
          EndpointSpec spec = ((CreateNexusEndpointRequest) message).getSpec();
          if (spec.getTarget().hasWorker()) {
            endpoints.put(spec.getName(), spec);
          }
          super.onMessage(message);
        }
      };
    }
    if (this.enabled
        && method.equals(WorkflowServiceGrpc.getPollNexusTaskQueueMethod().getFullMethodName())) {
      return relayed(call, headers, next);
    }
    return next.startCall(call, headers);
  }

  @SuppressWarnings("unchecked")
  private <Q, R> ServerCall.Listener<Q> relayed(
      ServerCall<Q, R> call, Metadata headers, ServerCallHandler<Q, R> next) {
    ServerCallHandler<Q, R> handler =
        ServerCalls.asyncUnaryCall(
            (request, response) -> {
              PollNexusTaskQueueRequest poll = (PollNexusTaskQueueRequest) request;
              NexusTaskRelay relay = relayOf(poll.getTaskQueue().getName());
              response.onNext((R) relay.poll(poll.getNamespace(), Context.current()));
              response.onCompleted();
            });
    return handler.startCall(call, headers);
  }

  private NexusTaskRelay relayOf(String taskQueue) {
    return this.relays.computeIfAbsent(
        taskQueue,
        (queue) ->
            new NexusTaskRelay(
                queue, this.testServer.get(), this::targetNamespace, this.namespaces));
  }

  private @Nullable String targetNamespace(String endpoint) {
    EndpointSpec spec = this.endpoints.get(endpoint);
    return (spec != null) ? spec.getTarget().getWorker().getNamespace() : null;
  }

  @Override
  public void close() {
    this.enabled = false;
    this.relays.values().forEach(NexusTaskRelay::close);
  }
}
