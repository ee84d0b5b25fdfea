package dev.temporalboot.e2e.nexustrace;

import dev.temporalboot.TemporalCustomizer;
import dev.temporalboot.e2e.tracing.SpanCollector;
import io.temporal.worker.WorkerOptions;
import java.time.Duration;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * A loan workflow on queue loans calls the credit team's Nexus service on queue credit, traced into
 * memory. No workflow task goes to a sticky queue, so every one after the first replays the
 * history.
 */
@SpringBootApplication
public class NexusTracingApplication {

  @Bean
  SpanCollector spanCollector() {
    return new SpanCollector();
  }

  @Bean
  TemporalCustomizer<WorkerOptions.Builder> replayEveryTask() {
    // Without a sticky queue every workflow task comes with the full history, and the SDK
    // rebuilds the workflow from it instead of using its cached copy.
    return (builder) -> builder.setStickyQueueScheduleToStartTimeout(Duration.ZERO);
  }
}
