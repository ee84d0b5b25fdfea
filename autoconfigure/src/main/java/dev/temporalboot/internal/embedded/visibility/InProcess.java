package dev.temporalboot.internal.embedded.visibility;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.StreamObserver;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/** Calls a unary method of the test server's services in this thread, as its tests do. */
final class InProcess {

  private InProcess() {}

  static <Q, R> R call(BiConsumer<Q, StreamObserver<R>> method, Q request) {
    Result<R> result = new Result<>();
    method.accept(request, result);
    if (result.error instanceof StatusRuntimeException status) {
      throw status;
    }
    if (result.error != null || result.value == null) {
      throw Status.INTERNAL
          .withDescription("the test server did not answer in process")
          .withCause(result.error)
          .asRuntimeException();
    }
    return result.value;
  }

  private static final class Result<R> implements StreamObserver<R> {

    private @Nullable R value;

    private @Nullable Throwable error;

    @Override
    public void onNext(R next) {
      this.value = next;
    }

    @Override
    public void onError(Throwable failure) {
      this.error = failure;
    }

    @Override
    public void onCompleted() {}
  }
}
