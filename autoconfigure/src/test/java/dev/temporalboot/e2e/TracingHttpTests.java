package dev.temporalboot.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.temporalboot.e2e.tracing.SpanCollector;
import dev.temporalboot.e2e.tracing.SpanTree;
import dev.temporalboot.e2e.tracing.TracingApplication;
import dev.temporalboot.e2e.tracing.TripWorkflow;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.exporter.FinishedSpan;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.micrometer.tracing.test.autoconfigure.AutoConfigureTracing;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * One trace from an HTTP request through a workflow, its activities and its child workflow; and
 * queries and updates traced on the client and in the workflow.
 */
@SpringBootTest(
    classes = TracingApplication.class,
    webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = {
      "temporal.embedded.port=0",
      "management.tracing.sampling.probability=1.0",
      "temporal.activities.TripActivities.retry.initial-interval=100ms"
    })
@AutoConfigureTracing
class TracingHttpTests {

  @Value("${local.server.port}")
  int port;

  @Autowired SpanCollector spans;

  @Autowired WorkflowClient client;

  @Autowired ObservationRegistry registry;

  @Test
  void oneTraceRunsFromTheRequestToTheLastActivity() throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/trips/rome"))
                    .timeout(Duration.ofSeconds(30))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.body()).isEqualTo("reserved rome, charged rome, ticket rome");

    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> this.spans.first("http get /trips/{trip}").isPresent());
    FinishedSpan http = this.spans.first("http get /trips/{trip}").orElseThrow();
    List<FinishedSpan> trace = this.spans.trace(http.getTraceId());
    System.out.println(SpanTree.print(trace));

    FinishedSpan start = one(trace, "temporal start workflow TripWorkflow");
    FinishedSpan run = one(trace, "temporal run workflow TripWorkflow");
    FinishedSpan ticket = one(trace, "temporal run workflow TicketWorkflow");
    assertThat(trace)
        .extracting(FinishedSpan::getName)
        .containsExactlyInAnyOrder(
            "http get /trips/{trip}",
            "temporal start workflow TripWorkflow",
            "temporal run workflow TripWorkflow",
            "temporal run activity Reserve",
            "temporal run activity Charge",
            "temporal run activity Charge",
            "temporal run workflow TicketWorkflow",
            "temporal run activity Print");
    assertThat(http.getParentId()).isNull();
    assertThat(start.getParentId()).isEqualTo(http.getSpanId());
    assertThat(start.getKind()).isEqualTo(Span.Kind.PRODUCER);
    assertThat(run.getParentId()).isEqualTo(start.getSpanId());
    assertThat(run.getKind()).isEqualTo(Span.Kind.CONSUMER);
    assertThat(one(trace, "temporal run activity Reserve").getParentId())
        .isEqualTo(run.getSpanId());
    List<FinishedSpan> charges = named(trace, "temporal run activity Charge");
    assertThat(charges).extracting(FinishedSpan::getParentId).containsOnly(run.getSpanId());
    assertThat(charges).filteredOn((span) -> span.getError() != null).hasSize(1);
    assertThat(ticket.getParentId()).isEqualTo(run.getSpanId());
    assertThat(one(trace, "temporal run activity Print").getParentId())
        .isEqualTo(ticket.getSpanId());
    assertThat(run.getTags())
        .containsEntry("temporal.operation", "run")
        .containsEntry("temporal.workflow.type", "TripWorkflow")
        .containsEntry("temporal.task.queue", "trips")
        .containsEntry("temporal.namespace", "default")
        .containsEntry("temporal.workflow.id", "trip-rome");
  }

  @Test
  void queriesAndUpdatesAreTracedOnBothSides() {
    WorkflowOptions options =
        WorkflowOptions.newBuilder().setTaskQueue("trips").setWorkflowId("trip-lima").build();
    TripWorkflow trip = this.client.newWorkflowStub(TripWorkflow.class, options);
    Observation ops = Observation.start("ops", this.registry);
    ops.scoped(
        () -> {
          WorkflowClient.start(trip::plan, "lima", true);
          assertThat(trip.status()).isEqualTo("waiting");
          assertThat(trip.note("window seat")).isEqualTo("noted window seat");
          trip.confirm("ops");
        });
    ops.stop();
    assertThat(WorkflowStub.fromTyped(trip).getResult(String.class)).startsWith("reserved lima");

    String traceId = this.spans.first("ops").orElseThrow().getTraceId();
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> named(this.spans.trace(traceId), "temporal run activity Print").size() == 1);
    List<FinishedSpan> all = this.spans.trace(traceId);
    System.out.println(SpanTree.print(all));
    FinishedSpan query = one(all, "temporal query status");
    FinishedSpan update = one(all, "temporal update note");
    assertThat(query.getKind()).isEqualTo(Span.Kind.CLIENT);
    assertThat(update.getKind()).isEqualTo(Span.Kind.CLIENT);
    FinishedSpan handleQuery = one(all, "temporal handle query status");
    FinishedSpan handleUpdate = one(all, "temporal handle update note");
    assertThat(handleQuery.getKind()).isEqualTo(Span.Kind.SERVER);
    assertThat(handleUpdate.getKind()).isEqualTo(Span.Kind.SERVER);
    System.out.println(
        "query parent "
            + handleQuery.getParentId()
            + " update parent "
            + handleUpdate.getParentId());
  }

  private static List<FinishedSpan> named(List<FinishedSpan> spans, String name) {
    return spans.stream().filter((span) -> span.getName().equals(name)).toList();
  }

  private static FinishedSpan one(List<FinishedSpan> spans, String name) {
    List<FinishedSpan> named = named(spans, name);
    assertThat(named).as(name).hasSize(1);
    return named.get(0);
  }
}
