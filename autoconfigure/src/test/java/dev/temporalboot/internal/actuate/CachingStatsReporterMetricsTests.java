package dev.temporalboot.internal.actuate;

import static org.assertj.core.api.Assertions.assertThat;

import com.uber.m3.util.Duration;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.temporal.common.reporter.MicrometerClientStatsReporter;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The cached meters are the SDK reporter's meters. */
class CachingStatsReporterMetricsTests {

  private static final Map<String, String> TAGS = Map.of("namespace", "default", "task_queue", "q");

  @Test
  void publishesWhatTheSdksReporterPublishes() {
    PrometheusMeterRegistry ours = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    PrometheusMeterRegistry sdks = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    report(new CachingStatsReporter(ours));
    report(new MicrometerClientStatsReporter(sdks));
    assertThat(ours.scrape())
        .contains("temporal_request_seconds_bucket{")
        .contains("temporal_poll_total{")
        .isEqualTo(sdks.scrape());
  }

  @Test
  void addsEveryReportToTheSameMeters() {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    CachingStatsReporter reporter = new CachingStatsReporter(registry);
    report(reporter);
    report(reporter);
    assertThat(registry.get("temporal_request").tags("task_queue", "q").timer().count())
        .isEqualTo(2);
    assertThat(registry.get("temporal_request").timer().totalTime(TimeUnit.MILLISECONDS))
        .isEqualTo(14);
    assertThat(registry.get("temporal_poll").counter().count()).isEqualTo(6);
    assertThat(registry.get("temporal_slots").tags("task_queue", "q").gauge().value()).isEqualTo(4);
    assertThat(registry.get("temporal_untagged").counter().count()).isEqualTo(2);
  }

  private static void report(com.uber.m3.tally.StatsReporter reporter) {
    reporter.reportTimer("temporal_request", TAGS, Duration.ofMillis(7));
    reporter.reportCounter("temporal_poll", TAGS, 3);
    reporter.reportGauge("temporal_slots", TAGS, 4);
    reporter.reportCounter("temporal_untagged", null, 1);
  }
}
