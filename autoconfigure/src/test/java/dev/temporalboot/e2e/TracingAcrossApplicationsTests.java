package dev.temporalboot.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.temporalboot.TemporalCustomizer;
import dev.temporalboot.e2e.tracing.SpanCollector;
import dev.temporalboot.e2e.tracing.SpanTree;
import dev.temporalboot.e2e.tracing.TracingApplication;
import dev.temporalboot.e2e.tracing.TripWorkflow;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.tracing.exporter.FinishedSpan;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.worker.WorkerOptions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.micrometer.tracing.test.autoconfigure.AutoConfigureTracing;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * An API application (HTTP and the client, no workers) and worker applications on one embedded
 * server, each with its own tracer, as two services would be: the trace crosses between them in
 * Temporal headers, and survives a worker restart that replays the workflow.
 */
@SpringBootTest(
    classes = TracingApplication.class,
    webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = {
      "temporal.embedded.port=0",
      "temporal.workers-enabled=false",
      "spring.application.name=trip-api",
      "management.tracing.sampling.probability=1.0"
    })
@AutoConfigureTracing
class TracingAcrossApplicationsTests {

  @Value("${local.server.port}")
  int port;

  @Value("${local.temporal.port}")
  int temporalPort;

  @Autowired WorkflowClient client;

  @Autowired ObservationRegistry registry;

  @Autowired SpanCollector apiSpans;

  private final List<ConfigurableApplicationContext> workers = new ArrayList<>();

  @AfterEach
  void stopWorkers() {
    this.workers.forEach(ConfigurableApplicationContext::close);
  }

  @Test
  void oneTraceRunsFromTheApiThroughTheWorker() throws Exception {
    SpanCollector workerSpans = startWorker("trip-worker", TracingApplication.class);

    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/trips/paris"))
                    .timeout(Duration.ofSeconds(30))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.body()).isEqualTo("reserved paris, charged paris, ticket paris");

    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> this.apiSpans.first("http get /trips/{trip}").isPresent());
    FinishedSpan http = this.apiSpans.first("http get /trips/{trip}").orElseThrow();
    List<FinishedSpan> trace = trace(http.getTraceId(), this.apiSpans, workerSpans);
    System.out.println(SpanTree.print(trace));
    FinishedSpan start = one(trace, "temporal start workflow TripWorkflow");
    FinishedSpan run = one(trace, "temporal run workflow TripWorkflow");
    FinishedSpan ticket = one(trace, "temporal run workflow TicketWorkflow");
    assertThat(trace).hasSize(8);
    assertThat(start.getParentId()).isEqualTo(http.getSpanId());
    assertThat(run.getParentId()).isEqualTo(start.getSpanId());
    assertThat(named(trace, "temporal run activity Reserve", "temporal run activity Charge"))
        .hasSize(3)
        .allSatisfy((span) -> assertThat(span.getParentId()).isEqualTo(run.getSpanId()));
    assertThat(ticket.getParentId()).isEqualTo(run.getSpanId());
    assertThat(one(trace, "temporal run activity Print").getParentId())
        .isEqualTo(ticket.getSpanId());
    assertThat(Stream.of(http, start))
        .allMatch((span) -> span.getLocalServiceName().equals("trip-api"));
    assertThat(named(trace, "temporal run workflow TripWorkflow", "temporal run activity Print"))
        .allMatch((span) -> span.getLocalServiceName().equals("trip-worker"));
  }

  @Test
  void aWorkerRestartedMidWorkflowReplaysItWithoutDuplicateSpans() {
    WorkflowOptions options =
        WorkflowOptions.newBuilder().setTaskQueue("trips").setWorkflowId("trip-oslo").build();
    TripWorkflow trip = this.client.newWorkflowStub(TripWorkflow.class, options);
    // One booking, as one request would make it: the start and the signal share its trace.
    Observation booking = Observation.start("booking", this.registry);
    SpanCollector first = startWorker("worker-1", NoStickyExecution.class);
    booking.scoped(() -> WorkflowClient.start(trip::plan, "oslo", true));
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> first.first("temporal run activity Reserve").isPresent());
    // The workflow waits for the signal: the next worker must rebuild it from its history.
    this.workers.remove(0).close();
    SpanCollector second = startWorker("worker-2", NoStickyExecution.class);
    booking.scoped(() -> trip.confirm("ops"));
    booking.stop();
    assertThat(WorkflowStub.fromTyped(trip).getResult(String.class))
        .isEqualTo("reserved oslo, charged oslo, ticket oslo");

    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> second.first("temporal run activity Print").isPresent());
    FinishedSpan root = this.apiSpans.first("booking").orElseThrow();
    List<FinishedSpan> trace = trace(root.getTraceId(), this.apiSpans, first, second);
    System.out.println(SpanTree.print(trace));
    assertThat(trace)
        .extracting(FinishedSpan::getName)
        .containsExactlyInAnyOrder(
            "booking",
            "temporal start workflow TripWorkflow",
            "temporal run workflow TripWorkflow",
            "temporal run activity Reserve",
            "temporal signal confirm",
            "temporal handle signal confirm",
            "temporal run activity Charge",
            "temporal run activity Charge",
            "temporal run workflow TicketWorkflow",
            "temporal run activity Print");
    FinishedSpan start = one(trace, "temporal start workflow TripWorkflow");
    FinishedSpan run = one(trace, "temporal run workflow TripWorkflow");
    FinishedSpan ticket = one(trace, "temporal run workflow TicketWorkflow");
    // The run span is the first worker's: its later tasks and the second worker replayed the run
    // and added none.
    assertThat(run.getLocalServiceName()).isEqualTo("worker-1");
    assertThat(run.getParentId()).isEqualTo(start.getSpanId());
    assertThat(one(trace, "temporal run activity Reserve").getParentId())
        .isEqualTo(run.getSpanId());
    // After the restart the run span's id is gone with the first worker: what the rebuilt run
    // starts hangs off the start span, read again from the workflow's header in the history. The
    // signal's own header would be its parent, but the SDK's test server does not store it.
    assertThat(
            named(
                trace,
                "temporal handle signal confirm",
                "temporal run activity Charge",
                "temporal run workflow TicketWorkflow"))
        .hasSize(4)
        .allSatisfy(
            (span) -> {
              assertThat(span.getParentId()).isEqualTo(start.getSpanId());
              assertThat(span.getLocalServiceName()).isEqualTo("worker-2");
            });
    assertThat(one(trace, "temporal run activity Print").getParentId())
        .isEqualTo(ticket.getSpanId());
  }

  private SpanCollector startWorker(String name, Class<?> configuration) {
    ConfigurableApplicationContext worker =
        new SpringApplicationBuilder(TracingApplication.class, configuration)
            .web(WebApplicationType.NONE)
            .properties(
                "temporal.connection.target=127.0.0.1:" + this.temporalPort,
                "spring.application.name=" + name,
                "management.tracing.sampling.probability=1.0",
                "temporal.activities.TripActivities.retry.initial-interval=100ms")
            .run();
    this.workers.add(worker);
    return worker.getBean(SpanCollector.class);
  }

  private static List<FinishedSpan> trace(String traceId, SpanCollector... collectors) {
    return Stream.of(collectors).flatMap((collector) -> collector.trace(traceId).stream()).toList();
  }

  private static List<FinishedSpan> named(List<FinishedSpan> spans, String... names) {
    List<String> wanted = List.of(names);
    return spans.stream().filter((span) -> wanted.contains(span.getName())).toList();
  }

  private static FinishedSpan one(List<FinishedSpan> spans, String name) {
    List<FinishedSpan> named = named(spans, name);
    assertThat(named).as(name).hasSize(1);
    return named.get(0);
  }

  /**
   * The SDK's test server never moves a workflow task off a stopped worker's sticky queue, so a
   * worker that comes back must not use one; every workflow task then replays the history.
   */
  @Configuration(proxyBeanMethods = false)
  static class NoStickyExecution {

    @Bean
    TemporalCustomizer<WorkerOptions.Builder> noStickyExecution() {
      return (builder) -> builder.setStickyQueueScheduleToStartTimeout(Duration.ZERO);
    }
  }
}
