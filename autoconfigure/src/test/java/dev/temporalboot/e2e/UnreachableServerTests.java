package dev.temporalboot.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.temporalboot.e2e.shutdown.ShutdownApplication;
import dev.temporalboot.e2e.shutdown.SlowWorkflow;
import dev.temporalboot.internal.embedded.EmbeddedTemporalServer;
import dev.temporalboot.internal.worker.TemporalWorkers;
import dev.temporalboot.internal.worker.WorkerState;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.worker.WorkerFactory;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/** With fail-fast off, an app whose server is down starts, and its workers poll once it is up. */
@ExtendWith(OutputCaptureExtension.class)
class UnreachableServerTests {

  @Test
  void workersStartPollingOnceTheServerAnswersWithoutARestart() throws IOException {
    int port = freePort();
    try (ConfigurableApplicationContext app =
        new SpringApplicationBuilder(ShutdownApplication.class)
            .properties("temporal.connection.target=127.0.0.1:" + port)
            .run()) {
      TemporalWorkers workers = app.getBean(TemporalWorkers.class);
      assertThat(workers.getState("slow")).contains(WorkerState.STOPPED);

      EmbeddedTemporalServer server = new EmbeddedTemporalServer("127.0.0.1", port, false);
      server.start();
      try {
        await()
            .atMost(Duration.ofSeconds(30))
            .until(() -> workers.getState("slow").orElseThrow() == WorkerState.RUNNING);
        SlowWorkflow workflow =
            app.getBean(WorkflowClient.class)
                .newWorkflowStub(
                    SlowWorkflow.class, WorkflowOptions.newBuilder().setTaskQueue("slow").build());
        assertThat(workflow.run(1)).isEqualTo("done in 1ms");
      } finally {
        app.close();
        server.close();
      }
    }
  }

  @Test
  void appStopsCleanlyWhileTheServerIsStillUnreachable(CapturedOutput output) throws IOException {
    ConfigurableApplicationContext app =
        new SpringApplicationBuilder(ShutdownApplication.class)
            .properties("temporal.connection.target=127.0.0.1:" + freePort())
            .run();
    TemporalWorkers workers = app.getBean(TemporalWorkers.class);
    WorkerFactory factory = app.getBean(WorkerFactory.class);

    app.close();

    assertThat(workers.isRunning()).isFalse();
    assertThat(factory.isShutdown()).isTrue();
    // Nothing ever polled, so the stop does not wait out the grace period for in-flight tasks.
    assertThat(output)
        .contains("Stopping Temporal workers, which never reached the server")
        .doesNotContain("in-flight tasks get up to")
        .doesNotContain("Failed to stop bean")
        .doesNotContain("propagated an exception");
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
