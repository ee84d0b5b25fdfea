package dev.temporalboot.internal.embedded;

import static dev.temporalboot.internal.embedded.grpc.UnaryAnswers.answer;

import io.grpc.ForwardingServerCall.SimpleForwardingServerCall;
import io.grpc.ForwardingServerCallListener.SimpleForwardingServerCallListener;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;
import io.temporal.api.workflowservice.v1.DescribeNamespaceRequest;
import io.temporal.api.workflowservice.v1.DescribeNamespaceResponse;
import io.temporal.api.workflowservice.v1.ListNamespacesRequest;
import io.temporal.api.workflowservice.v1.RegisterNamespaceRequest;
import io.temporal.api.workflowservice.v1.RegisterNamespaceResponse;
import io.temporal.api.workflowservice.v1.WorkflowServiceGrpc;

/**
 * Answers RegisterNamespace and ListNamespaces, which the SDK's test server leaves unimplemented,
 * from a {@link NamespaceRegistry}, and adds a registered namespace's description to the test
 * server's DescribeNamespace answer, keeping the capabilities the SDK reads from it. An
 * unregistered name is still described by the test server alone, as any name always was.
 */
final class NamespaceRegistration implements ServerInterceptor {

  private final NamespaceRegistry registry;

  NamespaceRegistration(NamespaceRegistry registry) {
    this.registry = registry;
  }

  @Override
  public <Q, R> ServerCall.Listener<Q> interceptCall(
      ServerCall<Q, R> call, Metadata headers, ServerCallHandler<Q, R> next) {
    String method = call.getMethodDescriptor().getFullMethodName();
    if (method.equals(WorkflowServiceGrpc.getRegisterNamespaceMethod().getFullMethodName())) {
      return answer(
          call,
          headers,
          (request) -> {
            this.registry.register((RegisterNamespaceRequest) request);
            return RegisterNamespaceResponse.getDefaultInstance();
          });
    }
    if (method.equals(WorkflowServiceGrpc.getListNamespacesMethod().getFullMethodName())) {
      return answer(
          call, headers, (request) -> this.registry.list((ListNamespacesRequest) request));
    }
    if (method.equals(WorkflowServiceGrpc.getDescribeNamespaceMethod().getFullMethodName())) {
      return describe(call, headers, next);
    }
    return next.startCall(call, headers);
  }

  /**
   * Lets the test server describe the namespace, by name even when asked by id (it knows no ids),
   * and merges the registered description into its answer.
   */
  private <Q, R> ServerCall.Listener<Q> describe(
      ServerCall<Q, R> call, Metadata headers, ServerCallHandler<Q, R> next) {
    ServerCall<Q, R> merging =
        new SimpleForwardingServerCall<>(call) {
          @Override
          @SuppressWarnings("unchecked")
          public void sendMessage(R message) {
            super.sendMessage((R) merge((DescribeNamespaceResponse) message));
          }
        };
    return new SimpleForwardingServerCallListener<>(next.startCall(merging, headers)) {
      private boolean refused;

      @Override
      @SuppressWarnings("unchecked")
      public void onMessage(Q message) {
        DescribeNamespaceRequest request = (DescribeNamespaceRequest) message;
        if (!request.getNamespace().isEmpty() || request.getId().isEmpty()) {
          super.onMessage(message);
          return;
        }
        DescribeNamespaceResponse registered = registry.byId(request.getId());
        if (registered == null) {
          this.refused = true;
          call.close(
              Status.NOT_FOUND.withDescription("Namespace " + request.getId() + " is not found."),
              new Metadata());
          return;
        }
        String name = registered.getNamespaceInfo().getName();
        super.onMessage((Q) request.toBuilder().clearId().setNamespace(name).build());
      }

      @Override
      public void onHalfClose() {
        if (!this.refused) {
          super.onHalfClose();
        }
      }
    };
  }

  private DescribeNamespaceResponse merge(DescribeNamespaceResponse answer) {
    DescribeNamespaceResponse registered =
        this.registry.byName(answer.getNamespaceInfo().getName());
    // Fields the registry sets win; the test server's others, such as capabilities, stay.
    return registered == null ? answer : answer.toBuilder().mergeFrom(registered).build();
  }
}
