package dev.temporalboot.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.temporalboot.e2e.shutdown.ShutdownApplication;
import dev.temporalboot.e2e.shutdown.SlowWorkflow;
import dev.temporalboot.embedded.EmbeddedTemporalServer;
import dev.temporalboot.worker.TemporalWorkers;
import dev.temporalboot.worker.WorkerState;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** With fail-fast off, an app whose server is down starts, and its workers poll once it is up. */
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

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
