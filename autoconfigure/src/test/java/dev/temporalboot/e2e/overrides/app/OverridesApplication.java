package dev.temporalboot.e2e.overrides.app;

import dev.temporalboot.TemporalCustomizer;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * The app of the override tests: its workers come from {@code overrides/application.yml} only,
 * which the tests load with {@code spring.config.location=classpath:/overrides/}.
 */
@SpringBootApplication
public class OverridesApplication {

  /** Where the app's YAML lives, so that it never leaks into other tests. */
  public static final String CONFIG_LOCATION = "classpath:/overrides/";

  @Bean
  TickActivitiesImpl tickActivities() {
    return new TickActivitiesImpl();
  }

  @Bean
  PolledQueues polledQueues() {
    return new PolledQueues();
  }

  @Bean
  TemporalCustomizer<WorkflowServiceStubsOptions.Builder> pollRecording(PolledQueues polled) {
    return (builder) -> builder.addGrpcClientInterceptor(polled);
  }

  public static void main(String[] args) {
    SpringApplication.run(OverridesApplication.class, args);
  }
}
