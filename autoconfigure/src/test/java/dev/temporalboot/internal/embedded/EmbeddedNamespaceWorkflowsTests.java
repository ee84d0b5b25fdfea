package dev.temporalboot.internal.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityOptions;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowServiceException;
import io.temporal.client.WorkflowStub;
import io.temporal.common.SearchAttributeKey;
import io.temporal.common.SearchAttributes;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import io.temporal.worker.WorkerFactory;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Workflows and search attributes in a second namespace of the embedded server, and what the SDK's
 * test server keeps per namespace.
 */
class EmbeddedNamespaceWorkflowsTests {

  private static final String QUEUE = "invoices";

  private final EmbeddedTemporalServer server = new EmbeddedTemporalServer("127.0.0.1", 0, false);

  private WorkflowServiceStubs stubs;

  @BeforeEach
  void start() {
    this.server.start();
    this.server.registerNamespace("billing");
    this.stubs =
        WorkflowServiceStubs.newServiceStubs(
            WorkflowServiceStubsOptions.newBuilder().setTarget(this.server.getTarget()).build());
  }

  @AfterEach
  void stop() {
    this.stubs.shutdownNow();
    this.server.close();
  }

  @Test
  void workflowRunsOnlyOnAWorkerOfItsNamespace() throws Exception {
    WorkerFactory defaultWorkers = workers("default");
    WorkerFactory billingWorkers = workers("billing");
    try {
      defaultWorkers.start();
      WorkflowStub invoice = start(client("billing"), WorkflowOptions.newBuilder());

      assertThatThrownBy(() -> invoice.getResult(1, TimeUnit.SECONDS, String.class))
          .as("a worker of the same queue in namespace default ran the workflow of billing")
          .isInstanceOf(TimeoutException.class);

      billingWorkers.start();
      assertThat(invoice.getResult(10, TimeUnit.SECONDS, String.class))
          .isEqualTo("invoiced in billing");
    } finally {
      shutdown(defaultWorkers);
      shutdown(billingWorkers);
    }
  }

  @Test
  void searchAttributesRegisterInASecondNamespace() {
    this.server.registerSearchAttributes("billing", Map.of("InvoiceId", "keyword"));
    WorkflowClient billing = client("billing");

    start(billing, withKeyword("InvoiceId"));
    WorkflowServiceException unregistered =
        catchThrowableOfType(
            WorkflowServiceException.class, () -> start(billing, withKeyword("Unregistered")));

    assertThat(((StatusRuntimeException) unregistered.getCause()).getStatus().getCode())
        .isEqualTo(Status.Code.INVALID_ARGUMENT);
  }

  /** If this fails, the SDK keeps search attributes per namespace: docs/embedded-server.md. */
  @Test
  void sdkTestServerSharesSearchAttributesBetweenNamespaces() {
    this.server.registerSearchAttributes("default", Map.of("Region", "keyword"));

    start(client("billing"), withKeyword("Region"));
    StatusRuntimeException again =
        catchThrowableOfType(
            StatusRuntimeException.class,
            () -> this.server.registerSearchAttributes("billing", Map.of("Region", "keyword")));

    assertThat(again.getStatus().getCode()).isEqualTo(Status.Code.ALREADY_EXISTS);
  }

  private static WorkflowOptions.Builder withKeyword(String attribute) {
    return WorkflowOptions.newBuilder()
        .setTypedSearchAttributes(
            SearchAttributes.newBuilder()
                .set(SearchAttributeKey.forKeyword(attribute), "value")
                .build());
  }

  private static WorkflowStub start(WorkflowClient client, WorkflowOptions.Builder options) {
    WorkflowStub stub =
        client.newUntypedWorkflowStub(
            "Invoice",
            options.setTaskQueue(QUEUE).setWorkflowId("invoice-" + UUID.randomUUID()).build());
    stub.start();
    return stub;
  }

  private WorkflowClient client(String namespace) {
    return WorkflowClient.newInstance(
        this.stubs, WorkflowClientOptions.newBuilder().setNamespace(namespace).build());
  }

  private WorkerFactory workers(String namespace) {
    WorkerFactory factory = WorkerFactory.newInstance(client(namespace));
    var worker = factory.newWorker(QUEUE);
    worker.registerWorkflowImplementationTypes(InvoiceWorkflowImpl.class);
    worker.registerActivitiesImplementations(new InvoicingImpl(namespace));
    return factory;
  }

  private static void shutdown(WorkerFactory factory) {
    factory.shutdownNow();
    factory.awaitTermination(5, TimeUnit.SECONDS);
  }

  /** A workflow that asks its activity where it ran. */
  @WorkflowInterface
  public interface InvoiceWorkflow {

    @WorkflowMethod(name = "Invoice")
    String invoice();
  }

  /** Says in which namespace's worker it runs. */
  @ActivityInterface
  public interface Invoicing {

    String namespace();
  }

  /** Runs {@link Invoicing}. */
  public static class InvoiceWorkflowImpl implements InvoiceWorkflow {

    private final Invoicing invoicing =
        Workflow.newActivityStub(
            Invoicing.class,
            ActivityOptions.newBuilder().setStartToCloseTimeout(Duration.ofSeconds(5)).build());

    @Override
    public String invoice() {
      return "invoiced in " + this.invoicing.namespace();
    }
  }

  /** Names the namespace of its worker. */
  public static class InvoicingImpl implements Invoicing {

    private final String namespace;

    InvoicingImpl(String namespace) {
      this.namespace = namespace;
    }

    @Override
    public String namespace() {
      return this.namespace;
    }
  }
}
