package dev.temporalboot.e2e.plugins;

import io.temporal.client.WorkflowClientOptions;
import io.temporal.client.schedules.ScheduleClientOptions;
import io.temporal.common.SimplePlugin;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import io.temporal.worker.WorkerFactoryOptions;
import io.temporal.worker.WorkerOptions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A plugin of every kind that records each configure call the SDK makes on it, and keeps what the
 * options looked like when the SDK handed them to it.
 */
public class OrderProbe extends SimplePlugin {

  private final CallRecorder recorder;

  /** Options as this probe saw them, by component. */
  public final Map<String, Object> seen = new ConcurrentHashMap<>();

  public OrderProbe(String name, CallRecorder recorder) {
    super(name);
    this.recorder = recorder;
  }

  @Override
  public void configureServiceStubs(WorkflowServiceStubsOptions.Builder builder) {
    this.recorder.configured(getName() + " stubs");
    this.seen.put("stubs.rpcTimeout", builder.build().getRpcTimeout());
  }

  @Override
  public void configureWorkflowClient(WorkflowClientOptions.Builder builder) {
    this.recorder.configured(getName() + " client");
    WorkflowClientOptions options = builder.build();
    this.seen.put("client.identity", options.getIdentity());
    this.seen.put("client.interceptors", List.of(options.getInterceptors()));
  }

  @Override
  public void configureScheduleClient(ScheduleClientOptions.Builder builder) {
    this.recorder.configured(getName() + " schedule-client");
    this.seen.put("schedule-client.identity", builder.build().getIdentity());
  }

  @Override
  public void configureWorkerFactory(WorkerFactoryOptions.Builder builder) {
    this.recorder.configured(getName() + " worker-factory");
    this.seen.put("worker-factory.interceptors", List.of(builder.build().getWorkerInterceptors()));
  }

  @Override
  public void configureWorker(String taskQueue, WorkerOptions.Builder builder) {
    this.recorder.configured(getName() + " worker " + taskQueue);
    this.seen.put(
        "worker." + taskQueue + ".maxConcurrentWorkflowTasks",
        builder.build().getMaxConcurrentWorkflowTaskExecutionSize());
  }
}
