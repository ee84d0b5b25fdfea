package dev.temporalboot.sample.tracing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.temporalboot.sample.SampleHttpTests;
import dev.temporalboot.sample.order.Order;
import dev.temporalboot.sample.order.OrderResult;
import dev.temporalboot.sample.order.OrderStage;
import io.micrometer.tracing.exporter.FinishedSpan;
import io.micrometer.tracing.exporter.SpanReporter;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.micrometer.tracing.test.autoconfigure.AutoConfigureTracing;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/** One order over HTTP is one trace, down to the shipment's activities; printed as a tree. */
@AutoConfigureTracing
@Import(OrderTracingTests.InMemorySpans.class)
class OrderTracingTests extends SampleHttpTests {

  @Autowired InMemorySpans spans;

  @Test
  void anOrderIsOneTraceFromTheRequestToTheLastActivity() {
    Order placed = order("ada", "BOOK-1", 1);
    // 200 with the result, or 202 on a machine slow enough that the order outlasts the wait.
    post("/orders", placed, String.class);
    OrderResult result =
        this.client
            .newUntypedWorkflowStub("order-" + placed.orderId())
            .getResult(OrderResult.class);
    assertThat(result.status()).isEqualTo(OrderStage.COMPLETED);

    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                this.spans.named("http post /orders").size() == 1
                    && this.spans.named("temporal run activity Book").size() == 1);
    FinishedSpan http = this.spans.named("http post /orders").get(0);
    List<FinishedSpan> trace =
        this.spans.all.stream().filter((s) -> s.getTraceId().equals(http.getTraceId())).toList();
    System.out.println("trace " + http.getTraceId() + "\n" + tree(trace, http, ""));

    FinishedSpan start = one(trace, "temporal start workflow OrderWorkflow");
    FinishedSpan order = one(trace, "temporal run workflow OrderWorkflow");
    FinishedSpan shipment = one(trace, "temporal run workflow ShipmentWorkflow");
    assertThat(start.getParentId()).isEqualTo(http.getSpanId());
    assertThat(order.getParentId()).isEqualTo(start.getSpanId());
    assertThat(
            List.of(
                one(trace, "temporal run activity Quote"), // a local activity
                one(trace, "temporal run activity Reserve"),
                one(trace, "temporal run activity Charge"),
                shipment))
        .allSatisfy((span) -> assertThat(span.getParentId()).isEqualTo(order.getSpanId()));
    assertThat(one(trace, "temporal run activity Book").getParentId())
        .isEqualTo(shipment.getSpanId());
    // The fraud team's synchronous screening, through Nexus: scheduled by the order, handled below.
    FinishedSpan screen = one(trace, "temporal start nexus operation FraudService/score");
    assertThat(screen.getParentId()).isEqualTo(order.getSpanId());
    assertThat(screen.getTags()).containsEntry("temporal.nexus.endpoint", "fraud");
    FinishedSpan handle = one(trace, "temporal handle start nexus operation FraudService/score");
    assertThat(handle.getParentId()).isEqualTo(screen.getSpanId());
    assertThat(handle.getTags()).containsEntry("temporal.task.queue", "fraud");
    assertThat(order.getTags())
        .containsEntry("temporal.workflow.id", "order-" + result.orderId())
        .containsEntry("temporal.task.queue", "orders");
  }

  private static FinishedSpan one(List<FinishedSpan> spans, String name) {
    List<FinishedSpan> named = spans.stream().filter((s) -> s.getName().equals(name)).toList();
    assertThat(named).as(name).hasSize(1);
    return named.get(0);
  }

  /**
   * The span tree as a tracing UI shows it: name, kind, duration, the workflow id or, for a Nexus
   * handler, the task queue.
   */
  private static String tree(List<FinishedSpan> spans, FinishedSpan span, String indent) {
    String line =
        String.format(
            "%-64s %-8s %5d ms  %s%n",
            indent + span.getName(),
            span.getKind(),
            span.getDuration().toMillis(),
            span.getName().contains("handle start nexus")
                ? "queue " + span.getTags().get("temporal.task.queue")
                : span.getTags().getOrDefault("temporal.workflow.id", ""));
    StringBuilder tree = new StringBuilder(line);
    spans.stream()
        .filter((child) -> span.getSpanId().equals(child.getParentId()))
        .sorted(Comparator.comparing(FinishedSpan::getStartTimestamp))
        .forEach((child) -> tree.append(tree(spans, child, indent + "  ")));
    return tree.toString();
  }

  /** An in-memory exporter. */
  @TestConfiguration(proxyBeanMethods = false)
  static class InMemorySpans implements SpanReporter {

    final List<FinishedSpan> all = new CopyOnWriteArrayList<>();

    @Override
    public void report(FinishedSpan span) {
      this.all.add(span);
    }

    List<FinishedSpan> named(String name) {
      return this.all.stream().filter((span) -> span.getName().equals(name)).toList();
    }
  }
}
