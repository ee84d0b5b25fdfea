package dev.temporalboot.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.temporalboot.TemporalWorkflows;
import dev.temporalboot.e2e.nstrace.CheckoutWorkflow;
import dev.temporalboot.e2e.nstrace.NamespaceTracingApplication;
import dev.temporalboot.e2e.tracing.SpanCollector;
import dev.temporalboot.e2e.tracing.SpanTree;
import io.micrometer.tracing.exporter.FinishedSpan;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.micrometer.tracing.test.autoconfigure.AutoConfigureTracing;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * One trace from a client start in the primary namespace through its workflow's activity, which
 * runs a workflow in the billing namespace with that namespace's client, to the activity there: the
 * tracing interceptors apply to every namespace's clients and workers. (A Nexus operation whose
 * endpoint targets another namespace cannot be tried here: the SDK's test server, behind the
 * embedded one, queues the Nexus task in the caller's namespace.)
 */
@SpringBootTest(
    classes = NamespaceTracingApplication.class,
    properties = {
      "temporal.embedded.port=0",
      "management.tracing.sampling.probability=1.0",
      "temporal.connection.namespace=orders",
      "temporal.activities.default.start-to-close-timeout=10s",
      "temporal.namespaces.billing.namespace=billing-prod"
    })
@AutoConfigureTracing
class NamespaceTracingTests {

  @Autowired SpanCollector spans;

  @Autowired TemporalWorkflows workflows;

  @Test
  void oneTraceRunsFromThePrimaryNamespaceToTheBillingNamespacesActivity() {
    assertThat(this.workflows.newStub(CheckoutWorkflow.class, "checkout-o1").checkout("o1"))
        .isEqualTo("checked out, charged o1 in billing-prod");

    FinishedSpan start = one(this.spans.spans(), "temporal start workflow CheckoutWorkflow");
    List<FinishedSpan> trace =
        await()
            .atMost(Duration.ofSeconds(30))
            .until(
                () -> this.spans.trace(start.getTraceId()),
                (spans) -> named(spans, "temporal run workflow CheckoutWorkflow").size() == 1);
    System.out.println(SpanTree.print(trace));

    assertThat(trace)
        .extracting(FinishedSpan::getName)
        .containsExactlyInAnyOrder(
            "temporal start workflow CheckoutWorkflow",
            "temporal run workflow CheckoutWorkflow",
            "temporal run activity RequestPayment",
            "temporal start workflow PaymentWorkflow",
            "temporal run workflow PaymentWorkflow",
            "temporal run activity Charge");
    FinishedSpan request = one(trace, "temporal run activity RequestPayment");
    FinishedSpan startPayment = one(trace, "temporal start workflow PaymentWorkflow");
    FinishedSpan payment = one(trace, "temporal run workflow PaymentWorkflow");
    FinishedSpan charge = one(trace, "temporal run activity Charge");
    assertThat(request.getParentId())
        .isEqualTo(one(trace, "temporal run workflow CheckoutWorkflow").getSpanId());
    assertThat(startPayment.getParentId()).isEqualTo(request.getSpanId());
    assertThat(payment.getParentId()).isEqualTo(startPayment.getSpanId());
    assertThat(charge.getParentId()).isEqualTo(payment.getSpanId());
    assertThat(start.getTags()).containsEntry("temporal.namespace", "orders");
    assertThat(request.getTags()).containsEntry("temporal.namespace", "orders");
    for (FinishedSpan billing : List.of(startPayment, payment, charge)) {
      assertThat(billing.getTags())
          .as(billing.getName())
          .containsEntry("temporal.namespace", "billing-prod");
    }
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
