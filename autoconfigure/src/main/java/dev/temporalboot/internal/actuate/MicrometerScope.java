package dev.temporalboot.internal.actuate;

import com.uber.m3.tally.Buckets;
import com.uber.m3.tally.Capabilities;
import com.uber.m3.tally.CapableOf;
import com.uber.m3.tally.Counter;
import com.uber.m3.tally.Gauge;
import com.uber.m3.tally.Histogram;
import com.uber.m3.tally.Scope;
import com.uber.m3.util.ImmutableMap;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.temporal.common.reporter.MicrometerClientStatsReporter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.jspecify.annotations.Nullable;

/**
 * The SDK's metrics scope, recording straight into Micrometer meters with the names, tags and timer
 * histograms of the SDK's {@link MicrometerClientStatsReporter}.
 *
 * <p>Why not Tally's root scope with that reporter: the SDK tags a scope for every task, poll and
 * gRPC call, and Tally merged the tags anew each time and handed every timer to a reporter that
 * looked its meter up again. That plumbing cost more than the recording. Here a tagged scope and
 * each meter are looked up once; counters and gauges reach the registry at once instead of once a
 * second. Closing the scope leaves the registry open: it is the application's (the SDK's reporter
 * closes it).
 *
 * <p>Histograms, which the SDK's reporter drops, are recorded: values as a distribution summary,
 * durations as a timer, both with a percentile histogram.
 */
public final class MicrometerScope implements Scope {

  /** Tally's separator between a sub-scope's prefix and a name. */
  private static final String SEPARATOR = ".";

  private final TallyMeters meters;

  private final String prefix;

  private final Map<String, String> tags;

  private final Tags meterTags;

  private final ConcurrentMap<Map<String, String>, MicrometerScope> taggedScopes =
      new ConcurrentHashMap<>();

  private final ConcurrentMap<String, MicrometerScope> subScopes = new ConcurrentHashMap<>();

  private final ConcurrentMap<String, Counter> counters = new ConcurrentHashMap<>();

  private final ConcurrentMap<String, Gauge> gauges = new ConcurrentHashMap<>();

  private final ConcurrentMap<String, com.uber.m3.tally.Timer> timers = new ConcurrentHashMap<>();

  private final ConcurrentMap<String, Histogram> histograms = new ConcurrentHashMap<>();

  private MicrometerScope(TallyMeters meters, String prefix, Map<String, String> tags) {
    this.meters = meters;
    this.prefix = prefix;
    this.tags = tags;
    Tags meterTags = Tags.empty();
    for (Map.Entry<String, String> tag : tags.entrySet()) {
      meterTags = meterTags.and(tag.getKey(), tag.getValue());
    }
    this.meterTags = meterTags;
  }

  /**
   * Creates the root scope.
   *
   * @param registry the registry the meters go to
   * @param tags tags of every meter, under the tags of each tagged scope
   * @return the scope
   */
  public static MicrometerScope root(MeterRegistry registry, Map<String, String> tags) {
    return new MicrometerScope(new TallyMeters(registry), "", copyOf(tags));
  }

  // Each lookup tries get first: computeIfAbsent would allocate its capturing lambda every time.

  @Override
  public Counter counter(String name) {
    Counter counter = this.counters.get(name);
    return (counter != null) ? counter : this.counters.computeIfAbsent(name, this::newCounter);
  }

  @Override
  public Gauge gauge(String name) {
    Gauge gauge = this.gauges.get(name);
    return (gauge != null) ? gauge : this.gauges.computeIfAbsent(name, this::newGauge);
  }

  @Override
  public com.uber.m3.tally.Timer timer(String name) {
    com.uber.m3.tally.Timer timer = this.timers.get(name);
    return (timer != null) ? timer : this.timers.computeIfAbsent(name, this::newTimer);
  }

  @Override
  @SuppressWarnings("rawtypes") // Tally's interface declares the raw type.
  public Histogram histogram(String name, @Nullable Buckets buckets) {
    Histogram histogram = this.histograms.get(name);
    return (histogram != null)
        ? histogram
        : this.histograms.computeIfAbsent(name, this::newHistogram);
  }

  @Override
  public Scope tagged(@Nullable Map<String, String> tags) {
    if (tags == null || tags.isEmpty()) {
      // The SDK's gRPC metrics tag calls of a service it keeps no tags for (the operator
      // service's, say) with null, which Tally took as no tags.
      return this;
    }
    MicrometerScope scope = this.taggedScopes.get(tags);
    if (scope != null) {
      return scope;
    }
    // The key is a copy, since a caller may change its map afterwards, and a Tally ImmutableMap:
    // the SDK tags with those, whose equals accepts no other map.
    return this.taggedScopes.computeIfAbsent(
        new ImmutableMap<>(tags),
        (key) -> {
          Map<String, String> merged = new LinkedHashMap<>(this.tags);
          merged.putAll(key);
          return new MicrometerScope(this.meters, this.prefix, Collections.unmodifiableMap(merged));
        });
  }

  @Override
  public Scope subScope(String name) {
    return this.subScopes.computeIfAbsent(
        name, (key) -> new MicrometerScope(this.meters, fullName(key), this.tags));
  }

  @Override
  public Capabilities capabilities() {
    return CapableOf.REPORTING_TAGGING;
  }

  /** Nothing to flush: every value is in the registry already, which stays the application's. */
  @Override
  public void close() {}

  private Counter newCounter(String name) {
    return this.meters.counter(fullName(name), this.meterTags);
  }

  private Gauge newGauge(String name) {
    return this.meters.gauge(fullName(name), this.tags, this.meterTags);
  }

  private com.uber.m3.tally.Timer newTimer(String name) {
    return this.meters.timer(fullName(name), this.meterTags);
  }

  private Histogram newHistogram(String name) {
    return this.meters.histogram(fullName(name), this.meterTags);
  }

  private String fullName(String name) {
    return this.prefix.isEmpty() ? name : this.prefix + SEPARATOR + name;
  }

  private static Map<String, String> copyOf(Map<String, String> tags) {
    return Collections.unmodifiableMap(new LinkedHashMap<>(tags));
  }
}
