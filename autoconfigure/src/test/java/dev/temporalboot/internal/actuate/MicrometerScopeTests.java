package dev.temporalboot.internal.actuate;

import static org.assertj.core.api.Assertions.assertThat;

import com.uber.m3.tally.Scope;
import com.uber.m3.tally.Stopwatch;
import com.uber.m3.tally.ValueBuckets;
import com.uber.m3.util.Duration;
import com.uber.m3.util.ImmutableMap;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.temporal.common.reporter.MicrometerClientStatsReporter;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The scope's meters are the SDK reporter's meters, each looked up once. */
class MicrometerScopeTests {

  private static final Map<String, String> ROOT_TAGS = Map.of("namespace", "default");

  private static final Map<String, String> QUEUE = Map.of("task_queue", "q");

  @Test
  void publishesWhatTheSdksReporterPublishes() {
    PrometheusMeterRegistry ours = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    PrometheusMeterRegistry sdks = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    Scope scope = MicrometerScope.root(ours, ROOT_TAGS).tagged(QUEUE);
    scope.timer("temporal_request").record(Duration.ofMillis(7));
    scope.counter("temporal_poll").inc(3);
    scope.gauge("temporal_slots").update(4);
    // What Tally's root scope hands the SDK's reporter for the same calls.
    MicrometerClientStatsReporter reporter = new MicrometerClientStatsReporter(sdks);
    Map<String, String> merged = Map.of("namespace", "default", "task_queue", "q");
    reporter.reportTimer("temporal_request", merged, Duration.ofMillis(7));
    reporter.reportCounter("temporal_poll", merged, 3);
    reporter.reportGauge("temporal_slots", merged, 4);
    assertThat(ours.scrape())
        .contains("temporal_request_seconds_bucket{")
        .contains("temporal_poll_total{")
        .isEqualTo(sdks.scrape());
  }

  @Test
  void addsEveryRecordToTheSameMeters() {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    MicrometerScope root = MicrometerScope.root(registry, ROOT_TAGS);
    for (int i = 0; i < 2; i++) {
      // A new map each time, as the SDK tags a scope for every task.
      Scope scope = root.tagged(new HashMap<>(QUEUE));
      scope.timer("temporal_request").record(Duration.ofMillis(7));
      scope.counter("temporal_poll").inc(3);
      root.counter("temporal_untagged").inc(1);
    }
    assertThat(registry.get("temporal_request").tags("task_queue", "q").timer().count())
        .isEqualTo(2);
    assertThat(registry.get("temporal_request").timer().totalTime(TimeUnit.MILLISECONDS))
        .isEqualTo(14);
    assertThat(registry.get("temporal_poll").tags("namespace", "default").counter().count())
        .isEqualTo(6);
    assertThat(registry.get("temporal_untagged").counter().count()).isEqualTo(2);
    assertThat(root.tagged(Map.of("task_queue", "q"))).isSameAs(root.tagged(new HashMap<>(QUEUE)));
  }

  @Test
  void tallysOwnMapsAndOtherMapsFindTheSameScope() {
    MicrometerScope root = MicrometerScope.root(new SimpleMeterRegistry(), ROOT_TAGS);
    // Tally's ImmutableMap equals no other kind of map, so the scope keeps its keys as one.
    Scope tally = root.tagged(ImmutableMap.of("task_queue", "q"));
    assertThat(root.tagged(Map.of("task_queue", "q"))).isSameAs(tally);
    assertThat(root.tagged(ImmutableMap.of("task_queue", "q"))).isSameAs(tally);
    Scope plain = root.tagged(Map.of("worker_type", "ActivityWorker"));
    assertThat(root.tagged(ImmutableMap.of("worker_type", "ActivityWorker"))).isSameAs(plain);
  }

  @Test
  void noTagsAddNone() {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    MicrometerScope root = MicrometerScope.root(registry, ROOT_TAGS);
    // As the SDK's gRPC metrics tag an operator service call, for which it keeps no tags.
    root.tagged(null).counter("temporal_request").inc(1);
    root.tagged(Map.of()).counter("temporal_request").inc(1);
    assertThat(registry.get("temporal_request").tags("namespace", "default").counter().count())
        .isEqualTo(2);
  }

  @Test
  void aCallersMapChangedAfterwardsTagsNothingElse() {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    MicrometerScope root = MicrometerScope.root(registry, ROOT_TAGS);
    Map<String, String> tags = new HashMap<>(QUEUE);
    Scope first = root.tagged(tags);
    tags.put("task_queue", "other");
    assertThat(root.tagged(tags)).isNotSameAs(first);
    root.tagged(tags).counter("temporal_poll").inc(1);
    assertThat(registry.get("temporal_poll").tags("task_queue", "other").counter().count())
        .isEqualTo(1);
    assertThat(registry.find("temporal_poll").tags("task_queue", "q").counter()).isNull();
  }

  @Test
  void laterTagsReplaceEarlierOnesAndSubScopesPrefixTheName() {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    Scope scope =
        MicrometerScope.root(registry, ROOT_TAGS)
            .tagged(Map.of("namespace", "billing"))
            .subScope("orders");
    scope.counter("placed").inc(1);
    assertThat(registry.get("orders.placed").tags("namespace", "billing").counter().count())
        .isEqualTo(1);
    assertThat(registry.find("placed").counter()).isNull();
  }

  @Test
  void aGaugeNamedThroughTwoScopesKeepsOneValue() {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    MicrometerScope root = MicrometerScope.root(registry, ROOT_TAGS);
    root.tagged(QUEUE).tagged(Map.of("worker_type", "ActivityWorker")).gauge("slots").update(3);
    root.tagged(Map.of("task_queue", "q", "worker_type", "ActivityWorker"))
        .gauge("slots")
        .update(5);
    assertThat(registry.get("slots").gauges()).hasSize(1);
    assertThat(registry.get("slots").gauge().value()).isEqualTo(5);
  }

  @Test
  void stopwatchesAndHistogramsRecord() {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    Scope scope = MicrometerScope.root(registry, ROOT_TAGS);
    Stopwatch stopwatch = scope.timer("charge_latency").start();
    stopwatch.stop();
    scope.histogram("basket_size", ValueBuckets.linear(0, 10, 5)).recordValue(12);
    scope.histogram("basket_size", null).recordValue(30);
    scope.histogram("settle_latency", null).recordDuration(Duration.ofMillis(40));
    assertThat(registry.get("charge_latency").timer().count()).isEqualTo(1);
    assertThat(registry.get("basket_size").summary().count()).isEqualTo(2);
    assertThat(registry.get("basket_size").summary().totalAmount()).isEqualTo(42);
    assertThat(registry.get("settle_latency").timer().totalTime(TimeUnit.MILLISECONDS))
        .isEqualTo(40);
  }

  @Test
  void closingTheScopeLeavesTheApplicationsRegistryOpen() throws Exception {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    MicrometerScope.root(registry, ROOT_TAGS).close();
    assertThat(registry.isClosed()).isFalse();
  }
}
