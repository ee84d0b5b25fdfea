package dev.temporalboot.autoconfigure.schedules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.temporalboot.internal.embedded.EmbeddedTemporalServer;
import dev.temporalboot.internal.schedule.DeclaredSchedules;
import dev.temporalboot.internal.schedule.ScheduleOutcome;
import dev.temporalboot.testsupport.TemporalContextRunners;
import io.temporal.client.schedules.ScheduleClient;
import io.temporal.client.schedules.ScheduleListDescription;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * Start-up against a server shared by several instances, or not there yet: one schedule and no
 * error when instances start together, and reconciled once a server that was down comes up.
 */
class ScheduleStartupRaceTests {

  private static ApplicationContextRunner app(String target) {
    String prefix = "temporal.schedules.together.";
    return TemporalContextRunners.withWorker("reports", StockReportWorkflowImpl.class)
        .withPropertyValues(
            "temporal.embedded.enabled=false",
            "temporal.connection.target=" + target,
            "spring.application.name=stock",
            prefix + "workflow=StockReportWorkflow",
            prefix + "arguments[0]=5",
            prefix + "arguments[1].tier=gold",
            prefix + "cron=0 8 * * *");
  }

  private static ScheduleOutcome outcome(DeclaredSchedules schedules) {
    return schedules.getSchedules().get(0).outcome();
  }

  @Test
  void instancesStartingTogetherEndWithOneScheduleAndNoError() {
    // One application hosts the embedded server; the instances connect to it by target.
    TemporalContextRunners.temporal()
        .withPropertyValues("temporal.embedded.enabled=true")
        .run(
            (host) -> {
              assertThat(host).hasNotFailed();
              EmbeddedTemporalServer server = host.getBean(EmbeddedTemporalServer.class);
              assertThat(startTogether(server.getTarget(), 4))
                  .hasSize(4)
                  .containsOnlyOnce(ScheduleOutcome.CREATED)
                  .containsOnly(ScheduleOutcome.CREATED, ScheduleOutcome.UNCHANGED);
              assertThat(listed(server)).containsExactly("together");
            });
  }

  /** Starts the instances at once, each refreshing as the others do; returns their outcomes. */
  private static List<ScheduleOutcome> startTogether(String target, int instances)
      throws Exception {
    CyclicBarrier together = new CyclicBarrier(instances);
    List<ScheduleOutcome> outcomes = new CopyOnWriteArrayList<>();
    ExecutorService threads = Executors.newFixedThreadPool(instances);
    try {
      List<Future<?>> runs = new ArrayList<>();
      for (int i = 0; i < instances; i++) {
        runs.add(
            threads.submit(
                () ->
                    app(target)
                        .withInitializer((context) -> awaitOthers(together))
                        .run(
                            (context) -> {
                              assertThat(context).hasNotFailed();
                              outcomes.add(outcome(context.getBean(DeclaredSchedules.class)));
                            })));
      }
      for (Future<?> run : runs) {
        run.get(60, TimeUnit.SECONDS);
      }
    } finally {
      threads.shutdownNow();
    }
    return outcomes;
  }

  @Test
  void aServerDownAtStartUpGetsTheScheduleOnceItAnswers() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    String target = "127.0.0.1:" + port;
    app(target)
        .run(
            (context) -> {
              assertThat(context).hasNotFailed();
              DeclaredSchedules schedules = context.getBean(DeclaredSchedules.class);
              assertThat(outcome(schedules)).isEqualTo(ScheduleOutcome.PENDING);
              try (EmbeddedTemporalServer server =
                  new EmbeddedTemporalServer("127.0.0.1", port, false)) {
                server.start();
                await()
                    .atMost(Duration.ofSeconds(30))
                    .until(() -> outcome(schedules) == ScheduleOutcome.CREATED);
                assertThat(listed(server)).containsExactly("together");
              }
            });
  }

  private static void awaitOthers(CyclicBarrier together) {
    try {
      together.await(30, TimeUnit.SECONDS);
    } catch (Exception ex) {
      throw new IllegalStateException(ex);
    }
  }

  private static List<String> listed(EmbeddedTemporalServer server) {
    WorkflowServiceStubs stubs =
        WorkflowServiceStubs.newServiceStubs(
            WorkflowServiceStubsOptions.newBuilder().setTarget(server.getTarget()).build());
    try {
      return ScheduleClient.newInstance(stubs)
          .listSchedules()
          .map(ScheduleListDescription::getScheduleId)
          .toList();
    } finally {
      stubs.shutdownNow();
    }
  }
}
