package dev.temporalboot.e2e.overrides;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.temporalboot.e2e.overrides.app.CounterImpl;
import dev.temporalboot.e2e.overrides.app.CounterWorkflow;
import dev.temporalboot.e2e.overrides.app.OverridesApplication;
import dev.temporalboot.internal.embedded.EmbeddedTemporalServer;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Environment variables over {@code application.yml}, named as a container platform sets them
 * (TEMPORAL_WORKERS_0_TASKQUEUE): in this JVM through Spring Boot's own mapping of the system
 * environment, and in a JVM of its own with real variables.
 */
class OverrideByEnvironmentVariablesTests {

  private static final OverrideChecks ENVIRONMENT =
      new OverrideChecks("acc-env", Duration.ofHours(6), Duration.ofSeconds(6));

  private static final Map<String, String> WORKER_LIST =
      Map.of(
          "TEMPORAL_WORKERS_0_TASKQUEUE", "acc-env",
          "TEMPORAL_WORKERS_0_WORKFLOWCLASSES_0", CounterImpl.class.getName(),
          "TEMPORAL_WORKERS_0_ACTIVITYBEANS_0", "tickActivities");

  @Test
  void environmentWorkerListReplacesTheYamlList() {
    try (ConfigurableApplicationContext context =
        OverrideRuns.runWithEnvironmentVariables(WORKER_LIST)) {
      ENVIRONMENT.assertOnlyTheOverridingWorkerPolls(context);
    }
  }

  /**
   * Spring Boot lower-cases map keys that come from environment variables: the app then sees
   * 'counterworkflow' and 'tickactivities' next to the YAML's 'CounterWorkflow' and
   * 'TickActivities' entries (which carry the variables' values), and must take them for the same
   * entries.
   */
  @Test
  void environmentWorkflowAndActivityOptionsWinOverTheYaml() throws TimeoutException {
    Map<String, String> variables = new HashMap<>(WORKER_LIST);
    variables.put("TEMPORAL_WORKFLOWS_COUNTERWORKFLOW_TASKQUEUE", "acc-env");
    variables.put("TEMPORAL_WORKFLOWS_COUNTERWORKFLOW_EXECUTIONTIMEOUT", "6h");
    variables.put("TEMPORAL_ACTIVITIES_TICKACTIVITIES_STARTTOCLOSETIMEOUT", "6s");
    try (ConfigurableApplicationContext context =
        OverrideRuns.runWithEnvironmentVariables(variables)) {
      ENVIRONMENT.assertWorkflowRunsWithTheOverridingOptions(context, "env-1");
    }
  }

  /**
   * The app as a process of its own, started with real environment variables, works for a server in
   * this JVM: the workflow runs on the variables' queue, in the child's pid.
   */
  @Test
  void realEnvironmentVariablesOfAChildProcessWinOverTheYaml() throws Exception {
    EmbeddedTemporalServer server = new EmbeddedTemporalServer("127.0.0.1", 0, false);
    server.start();
    WorkflowServiceStubs stubs =
        WorkflowServiceStubs.newServiceStubs(
            WorkflowServiceStubsOptions.newBuilder().setTarget(server.getTarget()).build());
    Path log = Path.of("target", "override-logs", "environment-child.log");
    Files.createDirectories(log.getParent());
    ProcessBuilder child =
        new ProcessBuilder(
                List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    // Quick start-up and a small heap: CI runs on two shared cores.
                    "-Xmx256m",
                    "-XX:TieredStopAtLevel=1",
                    "-XX:+UseSerialGC",
                    "-cp",
                    System.getProperty("java.class.path"),
                    OverridesApplication.class.getName()))
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    Map<String, String> variables = child.environment();
    variables.keySet().removeIf((name) -> name.startsWith("TEMPORAL_"));
    variables.put("SPRING_CONFIG_LOCATION", OverridesApplication.CONFIG_LOCATION);
    variables.put("TEMPORAL_CONNECTION_TARGET", server.getTarget());
    variables.put("TEMPORAL_WORKERS_0_TASKQUEUE", "acc-env-child");
    variables.put("TEMPORAL_WORKERS_0_WORKFLOWCLASSES_0", CounterImpl.class.getName());
    variables.put("TEMPORAL_WORKERS_0_ACTIVITYBEANS_0", "tickActivities");
    Process process = child.start();
    try {
      WorkflowClient client = WorkflowClient.newInstance(stubs);
      CounterWorkflow counter =
          client.newWorkflowStub(
              CounterWorkflow.class,
              WorkflowOptions.newBuilder()
                  .setTaskQueue("acc-env-child")
                  .setWorkflowId("env-child-1")
                  .build());
      WorkflowClient.start(counter::count, "env-child-1");
      CompletableFuture<String> result =
          WorkflowStub.fromTyped(counter).getResultAsync(String.class);
      await().atMost(Duration.ofSeconds(60)).until(() -> result.isDone() || !process.isAlive());
      assertThat(result)
          .as("the child's log: %s", output(log))
          .isCompletedWithValueMatching(
              (value) ->
                  value.startsWith("acc-env-child | tick env-child-1 on acc-env-child in pid ")
                      && !value.endsWith(" " + ProcessHandle.current().pid()));
    } finally {
      process.destroy();
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
      stubs.shutdownNow();
      server.close();
    }
  }

  private static String output(Path log) throws IOException {
    return Files.readString(log, StandardCharsets.UTF_8);
  }
}
