package dev.temporalboot.bench.sdk;

import dev.temporalboot.bench.BenchActivitiesImpl;
import dev.temporalboot.bench.BenchSettings;
import dev.temporalboot.bench.BenchWorkflowImpl;
import io.temporal.client.WorkflowClient;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import io.temporal.worker.Worker;
import io.temporal.worker.WorkerFactory;
import io.temporal.worker.WorkerOptions;

/**
 * The benchmark worker wired by hand. Its worker options are what Temporal Boot builds for a queue
 * named only by annotations: the SDK's defaults on Java 17 to 23; from Java 24, virtual threads
 * with 1,000 activity slots.
 */
public final class SdkWorkerApp {

  /** Registers the generated types, when benchmarks/run put them on the classpath. */
  private static final String GENERATED_REGISTRATION =
      "dev.temporalboot.bench.sdk.gen.GeneratedRegistration";

  private SdkWorkerApp() {}

  public static void main(String[] args) throws ReflectiveOperationException {
    WorkflowServiceStubs stubs =
        WorkflowServiceStubs.newServiceStubs(
            WorkflowServiceStubsOptions.newBuilder()
                .setTarget(BenchSettings.require(BenchSettings.TARGET))
                .build());
    WorkflowClient client = WorkflowClient.newInstance(stubs);
    WorkerFactory factory = WorkerFactory.newInstance(client);
    boolean virtualThreads = Runtime.version().feature() >= 24;
    Worker worker =
        factory.newWorker(
            BenchSettings.require(BenchSettings.TASK_QUEUE),
            WorkerOptions.newBuilder()
                .setUsingVirtualThreads(virtualThreads)
                .setMaxConcurrentActivityExecutionSize(virtualThreads ? 1000 : 200)
                .build());
    worker.registerWorkflowImplementationTypes(BenchWorkflowImpl.class);
    worker.registerActivitiesImplementations(new BenchActivitiesImpl());
    registerGenerated(worker);
    factory.start();
    Runtime.getRuntime().addShutdownHook(new Thread(factory::shutdownNow));
  }

  private static void registerGenerated(Worker worker) throws ReflectiveOperationException {
    Class<?> registration;
    try {
      registration = Class.forName(GENERATED_REGISTRATION);
    } catch (ClassNotFoundException ex) {
      return;
    }
    registration.getMethod("register", Worker.class).invoke(null, worker);
  }
}
