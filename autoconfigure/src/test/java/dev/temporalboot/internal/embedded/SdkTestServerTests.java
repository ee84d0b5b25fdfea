package dev.temporalboot.internal.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.google.protobuf.util.Durations;
import io.grpc.BindableService;
import io.grpc.StatusRuntimeException;
import io.temporal.api.testservice.v1.SleepRequest;
import io.temporal.internal.testservice.TestServicesStarter;
import io.temporal.serviceclient.TestServiceStubs;
import io.temporal.serviceclient.TestServiceStubsOptions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The SDK's test server internals behave as {@link SdkTestServer} expects. */
class SdkTestServerTests {

  @Test
  void markerNamesTheClassThatStartsTheServices() {
    assertThat(TestServicesStarter.class.getName())
        .as(
            "The SDK's test services moved: SdkTestServer.SERVICES_CLASS, the classpath marker of"
                + " the auto-configurations, must change")
        .isEqualTo(EmbeddedTemporalServer.SDK_TEST_SERVER_CLASS)
        .isEqualTo(SdkTestServer.SERVICES_CLASS);
  }

  @Test
  void servicesAreTheWorkflowOperatorAndTestServices() {
    try (SdkTestServer server = SdkTestServer.startLocked()) {
      assertThat(server.services())
          .extracting((BindableService service) -> service.bindService())
          .extracting((definition) -> definition.getServiceDescriptor().getName())
          .as(
              "The SDK's TestServicesStarter.getServices() no longer returns the workflow, operator"
                  + " and test services: SdkTestServer must change")
          .containsExactlyInAnyOrder(
              "temporal.api.workflowservice.v1.WorkflowService",
              "temporal.api.operatorservice.v1.OperatorService",
              "temporal.api.testservice.v1.TestService");
    }
  }

  @Test
  void timeSkippingStartsLockedAndSkipsOnceUnlocked() {
    EmbeddedTemporalServer server = new EmbeddedTemporalServer("127.0.0.1", 0, true);
    server.start();
    TestServiceStubs stubs =
        TestServiceStubs.newServiceStubs(
            TestServiceStubsOptions.newBuilder()
                .setTarget(server.getTarget())
                .validateAndBuildWithDefaults());
    try (server;
        TimeSkippingLock lock = server.newTimeSkippingLock()) {
      // Sleep returns once the server's clock moved by an hour: at once if time skips.
      SleepRequest anHour = SleepRequest.newBuilder().setDuration(Durations.fromHours(1)).build();
      Throwable locked =
          catchThrowable(
              () ->
                  stubs.blockingStub().withDeadlineAfter(500, TimeUnit.MILLISECONDS).sleep(anHour));
      assertThat(locked)
          .as(
              "The SDK's test server no longer starts with time skipping locked"
                  + " (TestServicesStarter(true, 0)): SdkTestServer must change")
          .isInstanceOf(StatusRuntimeException.class);

      lock.beginWait();
      try {
        Throwable unlocked =
            catchThrowable(
                () -> stubs.blockingStub().withDeadlineAfter(5, TimeUnit.SECONDS).sleep(anHour));
        assertThat(unlocked)
            .as(
                "The SDK's test server no longer skips time once UnlockTimeSkipping is called:"
                    + " TimeSkippingLock must change")
            .isNull();
      } finally {
        lock.endWait();
      }
    } finally {
      stubs.shutdownNow();
    }
  }
}
