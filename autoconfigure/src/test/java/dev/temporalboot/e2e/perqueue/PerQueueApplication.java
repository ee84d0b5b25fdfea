package dev.temporalboot.e2e.perqueue;

import dev.temporalboot.TemporalCustomizer;
import dev.temporalboot.TemporalWorkerCustomizer;
import io.temporal.worker.WorkerOptions;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;

/**
 * Two queues with the same workflow and activity; per-queue customizers make one of their workers
 * run local activities only. The customizers are declared in the opposite of their order.
 */
@SpringBootApplication
public class PerQueueApplication {

  public static final String LOCAL_ONLY = "edge";

  public static final String FULL = "core";

  /** Local activity slots: every worker's, then the local-only queue's, first and second. */
  public static final int SHARED_SLOTS = 50;

  public static final int FIRST_SLOTS = 20;

  public static final int SECOND_SLOTS = 30;

  @Bean
  CustomizerLog customizerLog() {
    return new CustomizerLog();
  }

  @Bean
  @Order(2)
  TemporalWorkerCustomizer localActivitiesOnly(CustomizerLog log) {
    return (taskQueue, options) -> {
      log.add("second " + taskQueue + " " + slots(options));
      if (taskQueue.equals(LOCAL_ONLY)) {
        options
            .setLocalActivityWorkerOnly(true)
            .setMaxConcurrentLocalActivityExecutionSize(SECOND_SLOTS);
      }
    };
  }

  @Bean
  @Order(1)
  TemporalWorkerCustomizer fewerLocalSlots(CustomizerLog log) {
    return (taskQueue, options) -> {
      log.add("first " + taskQueue + " " + slots(options));
      if (taskQueue.equals(LOCAL_ONLY)) {
        options.setMaxConcurrentLocalActivityExecutionSize(FIRST_SLOTS);
      }
    };
  }

  @Bean
  TemporalCustomizer<WorkerOptions.Builder> everyWorker() {
    return (options) -> options.setMaxConcurrentLocalActivityExecutionSize(SHARED_SLOTS);
  }

  private static int slots(WorkerOptions.Builder options) {
    return options.build().getMaxConcurrentLocalActivityExecutionSize();
  }
}
