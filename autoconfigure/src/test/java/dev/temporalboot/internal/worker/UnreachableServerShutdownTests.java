package dev.temporalboot.internal.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.temporalboot.autoconfigure.fixtures.HelloActivitiesImpl;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.temporal.client.WorkflowClient;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import io.temporal.worker.WorkerFactory;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The SDK still throws from a shutdown when its server never answered, and we stop anyway. */
class UnreachableServerShutdownTests {

  private WorkflowServiceStubs stubs;

  private WorkerFactory factory;

  @BeforeEach
  void createWorkersOfAnUnreachableServer() throws IOException {
    this.stubs =
        WorkflowServiceStubs.newServiceStubs(
            WorkflowServiceStubsOptions.newBuilder()
                .setTarget("127.0.0.1:" + freePort())
                .setRpcTimeout(Duration.ofSeconds(2))
                .build());
    this.factory = WorkerFactory.newInstance(WorkflowClient.newInstance(this.stubs));
    this.factory
        .newWorker("unreachable")
        .registerActivitiesImplementations(new HelloActivitiesImpl());
  }

  @AfterEach
  void closeStubs() {
    this.stubs.shutdownNow();
  }

  @Test
  void theSdkThrowsUnavailableFromShutdownWhenTheServerNeverAnswered() {
    assertSdkThrowsUnreachable(WorkerFactory::shutdown);
  }

  @Test
  void theSdkThrowsUnavailableFromShutdownNowWhenTheServerNeverAnswered() {
    assertSdkThrowsUnreachable(WorkerFactory::shutdownNow);
  }

  @Test
  void workersOfAnUnreachableServerStopQuietly() {
    assertThatNoException()
        .isThrownBy(() -> UnreachableServerShutdown.run(this.factory::shutdownNow));
    assertThat(this.factory.isShutdown()).isTrue();
  }

  @Test
  void otherRefusalsStillFailTheStop() {
    StatusRuntimeException refused = Status.PERMISSION_DENIED.asRuntimeException();
    assertThatThrownBy(
            () ->
                UnreachableServerShutdown.run(
                    () -> {
                      throw refused;
                    }))
        .isSameAs(refused);
  }

  private void assertSdkThrowsUnreachable(Consumer<WorkerFactory> shutdown) {
    Throwable failure = catchThrowable(() -> shutdown.accept(this.factory));
    assertThat(failure)
        .as(
            "The SDK's WorkerFactory no longer throws from shutdown while the server never"
                + " answered: UnreachableServerShutdown may be removed")
        .isNotNull();
    assertThat(failure)
        .as(
            "The SDK's WorkerFactory shutdown now fails with %s while the server never answered:"
                + " UnreachableServerShutdown must handle it",
            failure)
        .isInstanceOf(StatusRuntimeException.class);
    assertThat(((StatusRuntimeException) failure).getStatus().getCode())
        .as(
            "The SDK's WorkerFactory shutdown now fails with another status while the server never"
                + " answered: UnreachableServerShutdown must handle it")
        .isIn(Status.Code.UNAVAILABLE, Status.Code.DEADLINE_EXCEEDED);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
