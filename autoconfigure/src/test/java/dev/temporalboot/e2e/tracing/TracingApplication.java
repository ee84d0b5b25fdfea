package dev.temporalboot.e2e.tracing;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** A trip workflow with activities and a child, started over HTTP, traced into memory. */
@SpringBootApplication
public class TracingApplication {

  /** Every span sampled, charge retried quickly. */
  public static final String[] PROPERTIES = {
    "management.tracing.sampling.probability=1.0",
    "temporal.activities.TripActivities.retry.initial-interval=100ms"
  };

  @Bean
  SpanCollector spanCollector() {
    return new SpanCollector();
  }
}
