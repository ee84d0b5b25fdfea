package dev.temporalboot.testnamespaces;

import static org.assertj.core.api.Assertions.assertThat;

import dev.temporalboot.TemporalWorkflows;
import dev.temporalboot.internal.embedded.TimeSkippingClientInterceptor;
import dev.temporalboot.test.TemporalTest;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import java.time.Duration;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.context.TestPropertySource;

/** Workflows of both namespaces run on the embedded server, and both skip time. */
@TemporalTest(classes = NamespacesTestApplication.class)
@TestPropertySource(locations = "classpath:namespaces-test.properties")
class SeveralNamespacesTemporalTestTests {

  @Autowired TemporalWorkflows workflows;

  @Autowired
  @Qualifier("billing")
  TemporalWorkflows billingWorkflows;

  @Autowired WorkflowClient client;

  @Autowired
  @Qualifier("billing")
  WorkflowClient billingClient;

  @Autowired TimeSkippingClientInterceptor timeSkipping;

  @Test
  void everyNamespacesClientHasTheTimeSkippingInterceptor() {
    assertThat(this.client.getOptions().getInterceptors()).contains(this.timeSkipping);
    assertThat(this.billingClient.getOptions().getInterceptors()).contains(this.timeSkipping);
  }

  @Test
  void thirtyDaySleepInTheBillingNamespaceFinishesInSecondsThroughItsTypedClient() {
    String entry =
        inSeconds(
            () ->
                this.billingWorkflows.newStub(InvoiceWorkflow.class, "inv-30").invoice("ada", 30));

    assertThat(entry).isEqualTo("entry-ada in billing-prod");
  }

  @Test
  void thirtyDaySleepInTheBillingNamespaceFinishesInSecondsThroughItsClient() {
    InvoiceWorkflow invoice =
        this.billingClient.newWorkflowStub(
            InvoiceWorkflow.class,
            WorkflowOptions.newBuilder().setTaskQueue("invoices").setWorkflowId("inv-31").build());

    assertThat(inSeconds(() -> invoice.invoice("bob", 30))).isEqualTo("entry-bob in billing-prod");
  }

  @Test
  void thirtyDaySleepInThePrimaryNamespaceFinishesInSeconds() {
    String delivered =
        inSeconds(() -> this.workflows.newStub(OrderWorkflow.class, "ord-30").deliver("o-1", 30));

    assertThat(delivered).isEqualTo("o-1 delivered in default");
  }

  private static String inSeconds(Supplier<String> call) {
    long start = System.nanoTime();
    String result = call.get();
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
    return result;
  }
}
