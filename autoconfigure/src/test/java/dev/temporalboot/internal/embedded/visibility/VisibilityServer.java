package dev.temporalboot.internal.embedded.visibility;

import dev.temporalboot.internal.embedded.EmbeddedTemporalServer;
import dev.temporalboot.internal.embedded.visibility.VisibilityWorkflows.OrderWorkflowImpl;
import dev.temporalboot.internal.embedded.visibility.VisibilityWorkflows.PaymentWorkflowImpl;
import dev.temporalboot.internal.embedded.visibility.VisibilityWorkflows.ShippingWorkflowImpl;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import io.temporal.worker.WorkerFactory;
import java.io.Closeable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** An embedded server with the test attributes registered and workers in the given namespaces. */
final class VisibilityServer implements Closeable {

  static final Map<String, String> ATTRIBUTES = new LinkedHashMap<>();

  static {
    ATTRIBUTES.put("CustomerTier", "keyword");
    ATTRIBUTES.put("Notes", "text");
    ATTRIBUTES.put("OrderCount", "int");
    ATTRIBUTES.put("Amount", "double");
    ATTRIBUTES.put("Vip", "bool");
    ATTRIBUTES.put("DueAt", "datetime");
    ATTRIBUTES.put("Tags", "keyword-list");
  }

  final EmbeddedTemporalServer server = new EmbeddedTemporalServer("127.0.0.1", 0, false);

  final WorkflowServiceStubs stubs;

  private final List<WorkerFactory> workers = new ArrayList<>();

  VisibilityServer(String... namespaces) {
    this.server.start();
    this.server.registerSearchAttributes("default", ATTRIBUTES);
    this.stubs =
        WorkflowServiceStubs.newServiceStubs(
            WorkflowServiceStubsOptions.newBuilder().setTarget(this.server.getTarget()).build());
    for (String namespace : namespaces) {
      this.server.registerNamespace(namespace);
      WorkerFactory factory = WorkerFactory.newInstance(client(namespace));
      factory
          .newWorker("orders")
          .registerWorkflowImplementationTypes(OrderWorkflowImpl.class, PaymentWorkflowImpl.class);
      factory.newWorker("shipping").registerWorkflowImplementationTypes(ShippingWorkflowImpl.class);
      factory.start();
      this.workers.add(factory);
    }
  }

  WorkflowClient client(String namespace) {
    return WorkflowClient.newInstance(
        this.stubs, WorkflowClientOptions.newBuilder().setNamespace(namespace).build());
  }

  @Override
  public void close() {
    this.workers.forEach(WorkerFactory::shutdownNow);
    this.workers.forEach((factory) -> factory.awaitTermination(5, TimeUnit.SECONDS));
    this.stubs.shutdownNow();
    this.server.close();
  }
}
