package dev.temporalboot.internal.embedded.cron;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.temporalboot.internal.embedded.TimeSkippingWorkerServer;
import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.ForwardingClientCall.SimpleForwardingClientCall;
import io.grpc.MethodDescriptor;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.api.workflowservice.v1.RespondWorkflowTaskCompletedRequest;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import io.temporal.worker.WorkerFactory;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A workflow that continues as new with a cron schedule (which the Java SDK never writes on the
 * command, so a client interceptor of this test's worker adds it, as another SDK or a raw API call
 * would) becomes a cron workflow from its next run on, as on a real cluster.
 */
class CronContinueAsNewTests {

  private static final String QUEUE = "cron-continued";

  /** Each run seen, by workflow id, in the order they ran. */
  static final Map<String, List<Run>> runs = new ConcurrentHashMap<>();

  /** The schedule the worker's continue-as-new commands carry. */
  static volatile String schedule = "";

  /** A run: when it started, its round, the previous run's result and its cron schedule. */
  record Run(Instant at, int round, int lastResult, String schedule) {}

  private TimeSkippingWorkerServer temporal;

  private WorkflowServiceStubs workerStubs;

  private WorkerFactory workers;

  private WorkflowClient client;

  @BeforeEach
  void start() {
    this.temporal = TimeSkippingWorkerServer.start("unused");
    this.client = this.temporal.client;
    String target = this.client.getWorkflowServiceStubs().getOptions().getTarget();
    this.workerStubs =
        WorkflowServiceStubs.newServiceStubs(
            WorkflowServiceStubsOptions.newBuilder()
                .setTarget(target)
                .setGrpcClientInterceptors(List.of(new CronOnContinueAsNew()))
                .build());
    this.workers = WorkerFactory.newInstance(WorkflowClient.newInstance(this.workerStubs));
    this.workers.newWorker(QUEUE).registerWorkflowImplementationTypes(ContinuingJobImpl.class);
    this.workers.start();
  }

  @AfterEach
  void stop() {
    this.workers.shutdownNow();
    this.workers.awaitTermination(5, TimeUnit.SECONDS);
    this.workerStubs.shutdownNow();
    this.temporal.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"@every 1h", "CRON_TZ=America/New_York 0 * * * *", "15 * * * *"})
  void theNextRunStartsAtOnceAndTheRunsAfterItAtTheScheduledTimes(String cron) {
    schedule = cron;
    WorkflowStub job =
        this.client.newUntypedWorkflowStub(
            "ContinuingJob",
            WorkflowOptions.newBuilder()
                .setTaskQueue(QUEUE)
                .setWorkflowId("job-" + UUID.randomUUID())
                .build());
    job.start(0);
    String id = job.getExecution().getWorkflowId();
    List<Run> first = runs(id, 2);

    this.temporal.skip(Duration.ofHours(2).plusMinutes(30));

    List<Run> seen = runs(id, 4);
    assertThat(seen).extracting(Run::round).containsExactly(0, 1, 1, 1);
    assertThat(seen).extracting(Run::lastResult).containsExactly(0, 0, 1, 2);
    assertThat(seen).extracting(Run::schedule).containsExactly("", cron, cron, cron);
    // The continued run starts at once, with the command's delay (none), as on a real cluster.
    assertThat(Duration.between(first.get(0).at(), first.get(1).at()))
        .isLessThan(Duration.ofMinutes(1));
    for (int i = 2; i < 4; i++) {
      // Each at the schedule's next time after the previous run's, as its delay rounds to seconds.
      Instant due = CronNextTimes.next(WorkflowCronParser.parse(cron), seen.get(i - 1).at());
      assertThat(seen.get(i).at()).isBetween(due.minusSeconds(1), due.plusSeconds(2));
    }
    HistoryEvent started = this.client.fetchHistory(id).getHistory().getEvents(0);
    assertThat(started.getWorkflowExecutionStartedEventAttributes().getCronSchedule())
        .isEqualTo(cron);
  }

  private static List<Run> runs(String id, int atLeast) {
    List<Run> seen =
        await()
            .atMost(Duration.ofSeconds(10))
            .until(() -> List.copyOf(runs.getOrDefault(id, List.of())), (r) -> r.size() >= atLeast);
    return seen.subList(0, atLeast);
  }

  /** Adds {@link #schedule} to the continue-as-new commands the worker sends. */
  static final class CronOnContinueAsNew implements ClientInterceptor {

    @Override
    public <Q, R> ClientCall<Q, R> interceptCall(
        MethodDescriptor<Q, R> method, CallOptions options, Channel next) {
      return new SimpleForwardingClientCall<>(next.newCall(method, options)) {
        @Override
        @SuppressWarnings("unchecked")
        public void sendMessage(Q message) {
          if (message instanceof RespondWorkflowTaskCompletedRequest completed) {
            RespondWorkflowTaskCompletedRequest.Builder withCron = completed.toBuilder();
            withCron.getCommandsBuilderList().stream()
                .filter((c) -> c.hasContinueAsNewWorkflowExecutionCommandAttributes())
                .forEach(
                    (c) ->
                        c.getContinueAsNewWorkflowExecutionCommandAttributesBuilder()
                            .setCronSchedule(schedule));
            super.sendMessage((Q) withCron.build());
          } else {
            super.sendMessage(message);
          }
        }
      };
    }
  }

  /** Continues as new once (round 0), then returns one more than its previous run. */
  @WorkflowInterface
  public interface ContinuingJob {

    @WorkflowMethod(name = "ContinuingJob")
    int run(int round);
  }

  /** Runs {@link ContinuingJob}, noting each run. */
  public static class ContinuingJobImpl implements ContinuingJob {

    @Override
    public int run(int round) {
      Integer last = Workflow.getLastCompletionResult(Integer.class);
      int previous = last == null ? 0 : last;
      if (!Workflow.isReplaying()) {
        var info = Workflow.getInfo();
        runs.computeIfAbsent(info.getWorkflowId(), (id) -> new CopyOnWriteArrayList<>())
            .add(
                new Run(
                    Instant.ofEpochMilli(Workflow.currentTimeMillis()),
                    round,
                    previous,
                    info.getCronSchedule()));
      }
      if (round == 0) {
        Workflow.continueAsNew(1);
      }
      return previous + 1;
    }
  }
}
