package dev.temporalboot.e2e.tracing;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** A trip workflow with activities and a child, started over HTTP, traced into memory. */
@SpringBootApplication
public class TracingApplication {

  @Bean
  SpanCollector spanCollector() {
    return new SpanCollector();
  }
}
