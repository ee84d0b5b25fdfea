package dev.temporalboot.e2e.plugins;

import dev.temporalboot.TemporalCustomizer;
import dev.temporalboot.TemporalWorkerCustomizer;
import dev.temporalboot.e2e.codec.XorPayloadCodec;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.common.SimplePlugin;
import io.temporal.common.converter.CodecDataConverter;
import io.temporal.common.interceptors.WorkerInterceptor;
import io.temporal.common.interceptors.WorkerInterceptorBase;
import io.temporal.common.interceptors.WorkflowClientInterceptor;
import io.temporal.common.interceptors.WorkflowClientInterceptorBase;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import io.temporal.worker.WorkerOptions;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;

/**
 * An application with SDK plugin beans: one SimplePlugin that intercepts, encodes payloads and
 * registers a workflow, and two probes in {@code @Order}, declared in the opposite order. Next to
 * them, the starter's other ways to shape the same options: YAML (in the test), interceptor beans
 * and customizers.
 */
@SpringBootApplication
public class PluginApplication {

  public static final String QUEUE = "plugins";

  /** The value each layer writes into the worker's max-concurrent-workflow-tasks, in turn. */
  public static final int YAML_TASKS = 7;

  public static final int CUSTOMIZER_TASKS = 8;

  public static final int QUEUE_CUSTOMIZER_TASKS = 9;

  public static final int PLUGIN_TASKS = 10;

  @Bean
  CallRecorder callRecorder() {
    return new CallRecorder();
  }

  @Bean
  CountingPlugin everythingPlugin(CallRecorder recorder) {
    return new CountingPlugin(
        SimplePlugin.newBuilder("e2e.everything")
            .addClientInterceptors(recorder.clientInterceptor())
            .addWorkerInterceptors(recorder.workerInterceptor())
            .customizeDataConverter(
                (converter) -> new CodecDataConverter(converter, List.of(new XorPayloadCodec())))
            .onWorkerStart(
                (taskQueue, worker) -> recorder.configured("everything started " + taskQueue))
            .initializeWorker(
                (taskQueue, worker) -> {
                  if (taskQueue.equals(QUEUE)) {
                    worker.registerWorkflowImplementationTypes(PluginOnlyWorkflowImpl.class);
                  }
                }));
  }

  @Bean
  @Order(2)
  OrderProbe secondProbe(CallRecorder recorder) {
    return new OrderProbe("second", recorder) {
      @Override
      public void configureWorker(String taskQueue, WorkerOptions.Builder builder) {
        super.configureWorker(taskQueue, builder);
        builder.setMaxConcurrentWorkflowTaskExecutionSize(PLUGIN_TASKS);
      }
    };
  }

  @Bean
  @Order(1)
  OrderProbe firstProbe(CallRecorder recorder) {
    return new OrderProbe("first", recorder);
  }

  @Bean
  WorkflowClientInterceptor beanClientInterceptor() {
    return new WorkflowClientInterceptorBase();
  }

  @Bean
  WorkerInterceptor beanWorkerInterceptor() {
    return new WorkerInterceptorBase();
  }

  @Bean
  TemporalCustomizer<WorkflowServiceStubsOptions.Builder> rpcTimeout() {
    return (builder) -> builder.setRpcTimeout(Duration.ofSeconds(42));
  }

  @Bean
  TemporalCustomizer<WorkflowClientOptions.Builder> identity() {
    return (builder) -> builder.setIdentity("from-customizer");
  }

  @Bean
  TemporalCustomizer<WorkerOptions.Builder> everyWorker() {
    return (builder) -> builder.setMaxConcurrentWorkflowTaskExecutionSize(CUSTOMIZER_TASKS);
  }

  @Bean
  TemporalWorkerCustomizer pluginsQueue() {
    return (taskQueue, builder) -> {
      if (taskQueue.equals(QUEUE)) {
        builder.setMaxConcurrentWorkflowTaskExecutionSize(QUEUE_CUSTOMIZER_TASKS);
      }
    };
  }
}
