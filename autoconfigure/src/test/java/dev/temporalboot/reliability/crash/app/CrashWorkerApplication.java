package dev.temporalboot.reliability.crash.app;

import dev.temporalboot.TemporalCustomizer;
import io.temporal.worker.WorkerOptions;
import java.time.Duration;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Bean;

/**
 * Worker app that the crash tests run as its own process, against a server in another process. Its
 * settings are in {@code application-crash-worker.properties}.
 */
@SpringBootApplication
public class CrashWorkerApplication {

  /** Task queue of the harness's workflow and activities. */
  public static final String TASK_QUEUE = "crash-steps";

  /** Profile carrying the worker's settings. */
  public static final String PROFILE = "crash-worker";

  // A zero timeout turns sticky execution off. A real cluster moves a dead worker's sticky
  // workflow tasks to the normal queue after this timeout; the SDK's test server never does, so
  // with sticky execution on, workflows last served by a killed worker would wait forever.
  @Bean
  TemporalCustomizer<WorkerOptions.Builder> noStickyExecution() {
    return (builder) -> builder.setStickyQueueScheduleToStartTimeout(Duration.ZERO);
  }

  public static void main(String[] args) {
    new SpringApplicationBuilder(CrashWorkerApplication.class).profiles(PROFILE).run(args);
  }
}
