package dev.temporalboot.e2e.nexustrace;

import dev.temporalboot.TemporalCustomizer;
import dev.temporalboot.e2e.tracing.SpanCollector;
import io.temporal.worker.WorkerFactoryOptions;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * A loan workflow on queue loans calls the credit team's Nexus service on queue credit, traced into
 * memory. No workflow is cached, so every workflow task after the first replays the history.
 */
@SpringBootApplication
public class NexusTracingApplication {

  @Bean
  SpanCollector spanCollector() {
    return new SpanCollector();
  }

  @Bean
  TemporalCustomizer<WorkerFactoryOptions.Builder> replayEveryTask() {
    return (builder) -> builder.setWorkflowCacheSize(0);
  }
}
