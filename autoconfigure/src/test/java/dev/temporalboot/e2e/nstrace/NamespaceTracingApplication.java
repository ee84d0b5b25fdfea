package dev.temporalboot.e2e.nstrace;

import dev.temporalboot.e2e.tracing.SpanCollector;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * A checkout workflow in the primary namespace whose activity runs a payment workflow in the
 * billing namespace; traced into memory.
 */
@SpringBootApplication
public class NamespaceTracingApplication {

  @Bean
  SpanCollector spanCollector() {
    return new SpanCollector();
  }
}
