package dev.temporalboot.internal.embedded.grpc;

import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.ServerCalls;
import java.util.function.Function;

/**
 * Answers a unary call in an interceptor, without passing it to the SDK's test server: for the
 * calls the test server leaves unimplemented.
 */
public final class UnaryAnswers {

  private UnaryAnswers() {}

  /**
   * Starts the call with a handler of ours.
   *
   * @param call the intercepted call
   * @param headers its headers
   * @param handler the request to the response; a {@link StatusRuntimeException} it throws is the
   *     call's status
   * @param <Q> the request type
   * @param <R> the response type
   * @return the listener of the started call
   */
  @SuppressWarnings("unchecked")
  public static <Q, R> ServerCall.Listener<Q> answer(
      ServerCall<Q, R> call, Metadata headers, Function<Object, Object> handler) {
    ServerCallHandler<Q, R> unary =
        ServerCalls.asyncUnaryCall(
            (request, response) -> {
              try {
                response.onNext((R) handler.apply(request));
                response.onCompleted();
              } catch (StatusRuntimeException ex) {
                response.onError(ex);
              }
            });
    return unary.startCall(call, headers);
  }
}
