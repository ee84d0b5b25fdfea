package dev.temporalboot.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.temporalboot.TemporalWorkflows;
import dev.temporalboot.e2e.namespaces.InvoiceWorkflow;
import dev.temporalboot.e2e.namespaces.NamespacesApplication;
import dev.temporalboot.e2e.namespaces.WhereWorkflow;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.temporal.api.common.v1.WorkflowExecution;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.api.workflowservice.v1.DescribeWorkflowExecutionRequest;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowFailedException;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.client.schedules.ScheduleClient;
import io.temporal.failure.TimeoutFailure;
import io.temporal.serviceclient.WorkflowServiceStubs;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.TestPropertySource;

/** Workers and typed clients in two namespaces of one application, on the embedded server. */
@SpringBootTest(classes = NamespacesApplication.class)
@TestPropertySource(locations = "classpath:namespaces-e2e.properties")
class SeveralNamespacesTests {

  @Autowired WorkflowClient client;

  @Autowired
  @Qualifier("billing")
  WorkflowClient billingClient;

  @Autowired TemporalWorkflows workflows;

  @Autowired
  @Qualifier("billing")
  TemporalWorkflows billingWorkflows;

  @Autowired WorkflowServiceStubs stubs;

  @Autowired
  @Qualifier("billing")
  WorkflowServiceStubs billingStubs;

  @Autowired ScheduleClient schedules;

  @Autowired
  @Qualifier("billing")
  ScheduleClient billingSchedules;

  @Test
  void unqualifiedBeansAreThePrimaryNamespacesAndQualifiedOnesTheAliass() {
    assertThat(this.client.getOptions().getNamespace()).isEqualTo("orders");
    assertThat(this.billingClient.getOptions().getNamespace()).isEqualTo("billing-prod");
    assertThat(this.billingSchedules).isNotSameAs(this.schedules);
    // No connection key of its own: billing shares the primary namespace's channel.
    assertThat(this.billingStubs).isSameAs(this.stubs);
  }

  @Test
  void aWorkflowAnnotatedForTheAliasRunsInItsNamespaceWithItsActivity() {
    InvoiceWorkflow invoice = this.billingWorkflows.newStub(InvoiceWorkflow.class, "invoice-1");

    assertThat(invoice.invoice(1250)).isEqualTo("booked 1250 by billing-prod in billing-prod");
    assertThat(
            WorkflowStub.fromTyped(invoice)
                .getOptions()
                .orElseThrow()
                .getWorkflowExecutionTimeout())
        .isEqualTo(Duration.ofHours(1));
  }

  @Test
  void activityOptionsOfAnInterfaceOnlyTheAliasUsesApplyToItsStubs() {
    this.billingWorkflows.newStub(InvoiceWorkflow.class, "invoice-3").invoice(3);

    assertThat(this.billingClient.fetchHistory("invoice-3").getEvents())
        .filteredOn(HistoryEvent::hasActivityTaskScheduledEventAttributes)
        .singleElement()
        .extracting(
            (event) ->
                event
                    .getActivityTaskScheduledEventAttributes()
                    .getStartToCloseTimeout()
                    .getSeconds())
        .isEqualTo(7L);
  }

  @Test
  void oneClassServesTheSameQueueNameInBothNamespacesEachWithItsYamlDefaults() {
    WhereWorkflow primary = this.workflows.newStub(WhereWorkflow.class, "where-1");
    WhereWorkflow billing = this.billingWorkflows.newStub(WhereWorkflow.class, "where-1");

    assertThat(primary.where("a")).isEqualTo("a in orders/where");
    assertThat(billing.where("b")).isEqualTo("b in billing-prod/where");
    assertThat(memoTeam(this.client, "where-1")).isEqualTo("orders");
    assertThat(memoTeam(this.billingClient, "where-1")).isEqualTo("billing");
  }

  @Test
  void aWorkflowOfOneNamespaceIsUnknownInTheOther() {
    this.billingWorkflows.newStub(InvoiceWorkflow.class, "invoice-2").invoice(1);

    assertThatThrownBy(() -> describe(this.client, "invoice-2"))
        .isInstanceOfSatisfying(
            StatusRuntimeException.class,
            (ex) -> assertThat(ex.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND));
  }

  @Test
  void thePrimaryNamespaceHasNoWorkerForTheAliassQueue() {
    InvoiceWorkflow invoice =
        this.client.newWorkflowStub(
            InvoiceWorkflow.class,
            WorkflowOptions.newBuilder()
                .setTaskQueue("invoices")
                .setWorkflowId("invoice-nowhere")
                .setWorkflowRunTimeout(Duration.ofSeconds(3))
                .build());
    WorkflowClient.start(invoice::invoice, 5);

    // Billing's worker of queue 'invoices' polls billing's namespace only: nothing runs it here.
    assertThatThrownBy(() -> WorkflowStub.fromTyped(invoice).getResult(String.class))
        .isInstanceOf(WorkflowFailedException.class)
        .hasCauseInstanceOf(TimeoutFailure.class);
  }

  private static String memoTeam(WorkflowClient client, String workflowId) {
    return (String)
        client.newUntypedWorkflowStub(workflowId).describe().getMemo("team", String.class);
  }

  private static void describe(WorkflowClient client, String workflowId) {
    client
        .getWorkflowServiceStubs()
        .blockingStub()
        .describeWorkflowExecution(
            DescribeWorkflowExecutionRequest.newBuilder()
                .setNamespace(client.getOptions().getNamespace())
                .setExecution(WorkflowExecution.newBuilder().setWorkflowId(workflowId))
                .build());
  }
}
