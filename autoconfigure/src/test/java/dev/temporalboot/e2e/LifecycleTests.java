package dev.temporalboot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.temporalboot.e2e.shutdown.ShutdownApplication;
import dev.temporalboot.e2e.shutdown.SlowActivitiesImpl;
import dev.temporalboot.e2e.shutdown.SlowWorkflow;
import dev.temporalboot.internal.embedded.EmbeddedTemporalServer;
import dev.temporalboot.internal.worker.TemporalWorkers;
import io.temporal.api.enums.v1.EventType;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import io.temporal.worker.WorkerFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/** Start, graceful stop and client-only mode, against a server that outlives the apps. */
@ExtendWith(OutputCaptureExtension.class)
class LifecycleTests {

  private EmbeddedTemporalServer server;

  private WorkflowServiceStubs stubs;

  private WorkflowClient observer;

  @BeforeEach
  void startServer() {
    this.server = new EmbeddedTemporalServer("127.0.0.1", 0, false);
    this.server.start();
    this.stubs =
        WorkflowServiceStubs.newServiceStubs(
            WorkflowServiceStubsOptions.newBuilder().setTarget(this.server.getTarget()).build());
    this.observer = WorkflowClient.newInstance(this.stubs);
  }

  @AfterEach
  void stopServer() {
    this.stubs.shutdownNow();
    this.server.close();
  }

  @Test
  void inFlightActivityFinishesWithinTheGracePeriodOnClose() throws Exception {
    ConfigurableApplicationContext app = startApp("temporal.shutdown.grace-period=20s");
    SlowActivitiesImpl activity = app.getBean(SlowActivitiesImpl.class);
    String workflowId = startSlowWorkflow(1500);
    assertThat(activity.started.await(20, TimeUnit.SECONDS)).isTrue();

    app.close();

    assertThat(activity.finished).isTrue();
    assertThat(activity.interrupted).isFalse();
    assertThat(eventTypes(workflowId)).contains(EventType.EVENT_TYPE_ACTIVITY_TASK_COMPLETED);
  }

  @Test
  void activityStillRunningAfterTheGracePeriodIsInterrupted() throws Exception {
    ConfigurableApplicationContext app = startApp("temporal.shutdown.grace-period=200ms");
    SlowActivitiesImpl activity = runningActivity(app, 60_000);

    app.close();

    assertThat(activity.interrupted).isTrue();
    assertThat(activity.finished).isFalse();
  }

  @Test
  void stopWithTheServerGoneAndNothingInFlightDoesNotWaitForThePollers(CapturedOutput output)
      throws Exception {
    ConfigurableApplicationContext app = startApp("temporal.shutdown.grace-period=30s");
    assertThat(runSlowWorkflow(app, 1)).isEqualTo("done in 1ms");
    this.server.close();
    // Polls now fail and are retried with a growing backoff: after 6s, each poller sleeps seconds.
    Thread.sleep(6000);

    long started = System.nanoTime();
    app.getBean(TemporalWorkers.class).stop();
    Duration stop = Duration.ofNanos(System.nanoTime() - started);
    app.close();

    // Without the count of tasks in flight the stop slept out the backoff: 6.3s here, and up to
    // the whole grace period after a longer outage.
    assertThat(stop).isLessThan(Duration.ofSeconds(3));
    assertThat(output).contains("no task in flight; interrupting the pollers");
  }

  @Test
  void activityRunningWhenTheServerGoesIsLeftToFinish() throws Exception {
    ConfigurableApplicationContext app = startApp("temporal.shutdown.grace-period=5s");
    SlowActivitiesImpl activity = runningActivity(app, 2000);
    this.server.close();

    app.close();

    // No poll can bring work in, but the activity holds a slot: the stop waits for it.
    assertThat(activity.finished).isTrue();
    assertThat(activity.interrupted).isFalse();
  }

  @Test
  void clientOnlyAppStartsWorkflowsThatAnotherInstanceRuns() {
    try (ConfigurableApplicationContext clientOnly = startApp("temporal.workers-enabled=false");
        ConfigurableApplicationContext worker = startApp()) {
      assertThat(clientOnly.getBeanNamesForType(WorkerFactory.class)).isEmpty();
      assertThat(clientOnly.getBeanNamesForType(TemporalWorkers.class)).isEmpty();
      assertThat(worker.getBeanNamesForType(WorkerFactory.class)).hasSize(1);

      SlowWorkflow workflow =
          clientOnly
              .getBean(WorkflowClient.class)
              .newWorkflowStub(
                  SlowWorkflow.class, WorkflowOptions.newBuilder().setTaskQueue("slow").build());
      assertThat(workflow.run(1)).isEqualTo("done in 1ms");
      assertThat(worker.getBean(SlowActivitiesImpl.class).finished).isTrue();
    }
  }

  @Test
  void httpRequestWaitingForAWorkflowCompletesWhileTheAppCloses() throws Exception {
    ConfigurableApplicationContext app = startApp("temporal.shutdown.grace-period=20s");
    SlowActivitiesImpl activity = app.getBean(SlowActivitiesImpl.class);
    int port = app.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    CompletableFuture<HttpResponse<String>> response =
        HttpClient.newHttpClient()
            .sendAsync(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/slow?millis=1500"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(activity.started.await(20, TimeUnit.SECONDS)).isTrue();

    app.close();

    // The web server drains its requests before the workers stop, so the workflow could finish.
    HttpResponse<String> answer = response.get(10, TimeUnit.SECONDS);
    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.body()).isEqualTo("done in 1500ms");
  }

  @Test
  void pausedAndRestartedContextStillRunsWorkflows() {
    try (ConfigurableApplicationContext app = startApp()) {
      app.pause();
      app.restart();

      SlowWorkflow workflow =
          app.getBean(WorkflowClient.class)
              .newWorkflowStub(
                  SlowWorkflow.class, WorkflowOptions.newBuilder().setTaskQueue("slow").build());
      assertThat(workflow.run(1)).isEqualTo("done in 1ms");
    }
  }

  private ConfigurableApplicationContext startApp(String... properties) {
    return new SpringApplicationBuilder(ShutdownApplication.class)
        .properties("temporal.connection.target=" + this.server.getTarget())
        .properties(properties)
        .run();
  }

  private static String runSlowWorkflow(ConfigurableApplicationContext app, long millis) {
    return app.getBean(WorkflowClient.class)
        .newWorkflowStub(
            SlowWorkflow.class, WorkflowOptions.newBuilder().setTaskQueue("slow").build())
        .run(millis);
  }

  /** Starts a slow workflow and returns its activity once it runs. */
  private SlowActivitiesImpl runningActivity(ConfigurableApplicationContext app, long millis)
      throws InterruptedException {
    SlowActivitiesImpl activity = app.getBean(SlowActivitiesImpl.class);
    startSlowWorkflow(millis);
    assertThat(activity.started.await(20, TimeUnit.SECONDS)).isTrue();
    return activity;
  }

  private String startSlowWorkflow(long millis) {
    SlowWorkflow workflow =
        this.observer.newWorkflowStub(
            SlowWorkflow.class, WorkflowOptions.newBuilder().setTaskQueue("slow").build());
    return WorkflowClient.start(workflow::run, millis).getWorkflowId();
  }

  private List<EventType> eventTypes(String workflowId) {
    return this.observer.fetchHistory(workflowId).getEvents().stream()
        .map(HistoryEvent::getEventType)
        .toList();
  }
}
