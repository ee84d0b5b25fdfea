package dev.temporalboot.e2e.nexus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

import dev.temporalboot.e2e.nexus.app.CheckoutWorkflow;
import dev.temporalboot.e2e.nexus.app.NexusApplication;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowFailedException;
import io.temporal.client.WorkflowNotFoundException;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.TestPropertySource;

/**
 * A workflow of the primary namespace calls Nexus services whose handlers poll another namespace,
 * through endpoints that target it: the embedded server routes each task by its endpoint, as a real
 * cluster does.
 */
@SpringBootTest(classes = NexusApplication.class)
@TestPropertySource(locations = "classpath:nexus-namespaces-e2e.properties")
class NexusAcrossNamespacesTests {

  @Autowired WorkflowClient orders;

  @Autowired
  @Qualifier("payments-team")
  WorkflowClient payments;

  @Test
  void synchronousOperationIsHandledInTheEndpointsNamespace() {
    assertThat(checkout("sync", "x-1")).isEqualTo("x-1 approved");
    assertThat(checkout("refund", "x-2")).isEqualTo("refunded x-2");
  }

  @Test
  void workflowOfAnOperationRunsInTheHandlersNamespaceOnly() {
    assertThat(checkout("workflow", "x-3")).isEqualTo("charged x-3 in charge-x-3");

    assertThat(this.payments.newUntypedWorkflowStub("charge-x-3").describe().getStatus())
        .isEqualTo(WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_COMPLETED);
    assertThatExceptionOfType(WorkflowNotFoundException.class)
        .isThrownBy(() -> this.orders.newUntypedWorkflowStub("charge-x-3").describe());
  }

  @Test
  void cancellingTheCallerCancelsTheOperationsWorkflowInTheOtherNamespace() {
    WorkflowStub caller =
        this.orders.newUntypedWorkflowStub(
            "CheckoutWorkflow",
            WorkflowOptions.newBuilder()
                .setTaskQueue("checkout")
                .setWorkflowId("checkout-x-4")
                .build());
    caller.start("hold", "x-4");
    WorkflowStub handler = this.payments.newUntypedWorkflowStub("hold-x-4");
    await()
        .atMost(Duration.ofSeconds(10))
        .ignoreExceptions()
        .until(
            () ->
                handler.describe().getStatus()
                    == WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_RUNNING);

    caller.cancel();

    assertThatExceptionOfType(WorkflowFailedException.class)
        .isThrownBy(() -> caller.getResult(String.class));
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                handler.describe().getStatus()
                    == WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_CANCELED);
  }

  private String checkout(String scenario, String order) {
    return this.orders
        .newWorkflowStub(
            CheckoutWorkflow.class,
            WorkflowOptions.newBuilder()
                .setTaskQueue("checkout")
                .setWorkflowId("checkout-" + order)
                .setWorkflowExecutionTimeout(Duration.ofSeconds(30))
                .build())
        .checkout(scenario, order);
  }
}
