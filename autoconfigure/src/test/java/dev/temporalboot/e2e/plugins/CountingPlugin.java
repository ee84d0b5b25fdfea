package dev.temporalboot.e2e.plugins;

import io.temporal.client.WorkflowClientOptions;
import io.temporal.client.schedules.ScheduleClientOptions;
import io.temporal.common.SimplePlugin;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import io.temporal.worker.WorkerFactoryOptions;
import io.temporal.worker.WorkerOptions;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** A SimplePlugin that counts how often the SDK configures each component with it. */
public class CountingPlugin extends SimplePlugin {

  public final AtomicInteger stubs = new AtomicInteger();

  public final AtomicInteger client = new AtomicInteger();

  public final AtomicInteger scheduleClient = new AtomicInteger();

  public final AtomicInteger workerFactory = new AtomicInteger();

  /** configureWorker calls by task queue. */
  public final Map<String, AtomicInteger> workers = new ConcurrentHashMap<>();

  public CountingPlugin(SimplePlugin.Builder builder) {
    super(builder);
  }

  @Override
  public void configureServiceStubs(WorkflowServiceStubsOptions.Builder builder) {
    this.stubs.incrementAndGet();
    super.configureServiceStubs(builder);
  }

  @Override
  public void configureWorkflowClient(WorkflowClientOptions.Builder builder) {
    this.client.incrementAndGet();
    super.configureWorkflowClient(builder);
  }

  @Override
  public void configureScheduleClient(ScheduleClientOptions.Builder builder) {
    this.scheduleClient.incrementAndGet();
    super.configureScheduleClient(builder);
  }

  @Override
  public void configureWorkerFactory(WorkerFactoryOptions.Builder builder) {
    this.workerFactory.incrementAndGet();
    super.configureWorkerFactory(builder);
  }

  @Override
  public void configureWorker(String taskQueue, WorkerOptions.Builder builder) {
    this.workers.computeIfAbsent(taskQueue, (queue) -> new AtomicInteger()).incrementAndGet();
    super.configureWorker(taskQueue, builder);
  }
}
