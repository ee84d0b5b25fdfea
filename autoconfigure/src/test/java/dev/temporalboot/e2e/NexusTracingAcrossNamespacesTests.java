package dev.temporalboot.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.temporalboot.e2e.nexustrace.NexusTracingApplication;
import dev.temporalboot.e2e.tracing.SpanCollector;
import io.micrometer.tracing.exporter.FinishedSpan;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.micrometer.tracing.test.autoconfigure.AutoConfigureTracing;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * One trace from an HTTP request through a workflow of the primary namespace, its Nexus operation,
 * and the handler, workflow and activity of the credit team in a namespace of its own: the endpoint
 * targets that namespace, whose worker (alias credit) serves the queue.
 */
@SpringBootTest(
    classes = NexusTracingApplication.class,
    webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = {
      "temporal.embedded.port=0",
      "management.tracing.sampling.probability=1.0",
      "temporal.namespaces.credit.workers[0].task-queue=credit",
      "temporal.namespaces.credit.workers[0].nexus-service-beans=creditServiceImpl",
      "temporal.namespaces.credit.workers[0].activity-beans=scoringActivitiesImpl",
      "temporal.namespaces.credit.workers[0].workflow-classes="
          + "dev.temporalboot.e2e.nexustrace.CreditCheckWorkflowImpl",
      "temporal.nexus.endpoints.credit-endpoint.task-queue=credit",
      "temporal.nexus.endpoints.credit-endpoint.namespace=credit",
      "temporal.nexus.services.CreditService.endpoint=credit-endpoint",
      "temporal.nexus.services.CreditService.schedule-to-close-timeout=30s"
    })
@AutoConfigureTracing
class NexusTracingAcrossNamespacesTests {

  @Value("${local.server.port}")
  int port;

  @Autowired SpanCollector spans;

  @Test
  void oneTraceRunsFromTheRequestIntoTheOtherNamespacesWorkflowAndActivity() throws Exception {
    assertThat(get("/loans/ada")).isEqualTo("reviewed ada scored 300");

    FinishedSpan request =
        await()
            .atMost(Duration.ofSeconds(30))
            .until(
                () -> this.spans.first("http get /loans/{applicant}"),
                java.util.Optional::isPresent)
            .orElseThrow();
    List<FinishedSpan> trace = this.spans.trace(request.getTraceId());
    Map<String, String> namespaces =
        trace.stream()
            .filter((span) -> span.getTags().containsKey("temporal.namespace"))
            .collect(
                Collectors.toMap(
                    FinishedSpan::getName,
                    (span) -> span.getTags().get("temporal.namespace"),
                    (one, other) -> one));
    assertThat(namespaces)
        .containsEntry("temporal run workflow LoanWorkflow", "default")
        .containsEntry("temporal handle start nexus operation CreditService/check", "credit")
        .containsEntry("temporal run workflow CreditCheckWorkflow", "credit")
        .containsEntry("temporal run activity Score", "credit");
  }

  private String get(String path) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
                .timeout(Duration.ofSeconds(30))
                .build(),
            HttpResponse.BodyHandlers.ofString())
        .body();
  }
}
