package dev.temporalboot.testnamespaces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.temporalboot.TemporalWorkflows;
import dev.temporalboot.internal.worker.WorkerAssembly;
import dev.temporalboot.internal.worker.WorkerPlan;
import dev.temporalboot.internal.worker.WorkflowRegistrar;
import dev.temporalboot.test.TemporalTest;
import dev.temporalboot.test.WorkflowHistories;
import dev.temporalboot.test.WorkflowReplays;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowFailedException;
import io.temporal.common.converter.DataConverter;
import io.temporal.failure.ApplicationFailure;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.test.context.TestPropertySource;

/**
 * Histories of a billing workflow replay as billing's workers run it: with its injected activity
 * stub and the customizer qualified with its alias, which makes a rejected invoice fail the
 * workflow (the primary namespace's workers would retry the workflow task instead, and replaying
 * with them would fail).
 */
@TemporalTest(classes = NamespacesTestApplication.class)
@TestPropertySource(locations = "classpath:namespaces-test.properties")
class BillingReplayTests {

  @Autowired
  @Qualifier("billing")
  TemporalWorkflows billingWorkflows;

  @Autowired
  @Qualifier("billing")
  WorkflowClient billingClient;

  @Autowired WorkflowReplays replays;

  @Autowired WorkerAssembly primaryAssembly;

  @Autowired
  @Qualifier("billing")
  WorkerAssembly billingAssembly;

  @Autowired DataConverter dataConverter;

  @Autowired ResourcePatternResolver resources;

  @TempDir Path folder;

  @Test
  void historyOfABillingWorkflowReplays() {
    assertThat(invoice("inv-replay", "dee")).isEqualTo("entry-dee in billing-prod");

    this.replays.assertReplays(InvoiceWorkflowImpl.class, "file:" + save("inv-replay"));
  }

  @Test
  void historyThatBillingsCustomizerShapedReplaysWithIt() {
    assertThatExceptionOfType(WorkflowFailedException.class)
        .isThrownBy(() -> invoice("inv-rejected", "blocked-eve"))
        .havingCause()
        .isInstanceOf(ApplicationFailure.class)
        .withMessageContaining("The ledger rejected the invoice of blocked-eve");

    this.replays.assertReplays(InvoiceWorkflowImpl.class, "file:" + save("inv-rejected"));
  }

  @Test
  void eachClassReplaysWithTheRegistrarOfTheNamespaceThatRunsItWhicheverCameLast() {
    WorkerPlan primary = this.primaryAssembly.plan();
    WorkerPlan billing = this.billingAssembly.plan();
    for (List<WorkerPlan> order : List.of(List.of(primary, billing), List.of(billing, primary))) {
      WorkflowReplays replays = new WorkflowReplays(this.dataConverter, this.resources);
      order.forEach((plan) -> replays.workersAssembled(plan, naming(plan == primary)));

      assertThat(registrarUsed(replays, InvoiceWorkflowImpl.class)).isEqualTo("billing");
      assertThat(registrarUsed(replays, OrderWorkflowImpl.class)).isEqualTo("primary");
      // A class no worker runs, such as a changed copy of a workflow: the primary namespace's.
      assertThat(registrarUsed(replays, ChangedInvoiceWorkflowImpl.class)).isEqualTo("primary");
    }
  }

  private static WorkflowRegistrar naming(boolean primary) {
    return (worker, implementation) -> {
      throw new RegistrarUsed(primary ? "primary" : "billing");
    };
  }

  private static String registrarUsed(WorkflowReplays replays, Class<?> implementation) {
    try {
      replays.assertReplays(implementation, "classpath:namespaces-test.properties");
    } catch (RegistrarUsed used) {
      return used.getMessage();
    }
    throw new AssertionError("no registrar was used");
  }

  private String invoice(String workflowId, String customer) {
    return this.billingWorkflows.newStub(InvoiceWorkflow.class, workflowId).invoice(customer, 2);
  }

  private Path save(String workflowId) {
    return WorkflowHistories.save(
        this.billingClient, workflowId, this.folder.resolve(workflowId + ".json"));
  }

  private static final class RegistrarUsed extends RuntimeException {

    RegistrarUsed(String namespace) {
      super(namespace);
    }
  }
}
