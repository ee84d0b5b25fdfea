package dev.temporalboot.internal.actuate;

import com.uber.m3.tally.Buckets;
import com.uber.m3.tally.Capabilities;
import com.uber.m3.tally.StatsReporter;
import com.uber.m3.util.Duration;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Timer;
import io.temporal.common.reporter.MicrometerClientStatsReporter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * Reports the SDK's Tally metrics as the SDK's {@link MicrometerClientStatsReporter} does (same
 * names, tags and timer histograms), but looks each counter and timer up once: the SDK reports a
 * timer on every poll, task and gRPC call, and building its tags and finding it in the registry
 * each time costs more than recording it.
 */
public final class CachingStatsReporter implements StatsReporter {

  private final MeterRegistry registry;

  private final MicrometerClientStatsReporter delegate;

  private final ConcurrentMap<MeterKey, Counter> counters = new ConcurrentHashMap<>();

  private final ConcurrentMap<MeterKey, Timer> timers = new ConcurrentHashMap<>();

  /**
   * Creates the reporter.
   *
   * @param registry the registry the meters go to
   */
  public CachingStatsReporter(MeterRegistry registry) {
    this.registry = registry;
    this.delegate = new MicrometerClientStatsReporter(registry);
  }

  @Override
  public void reportCounter(String name, @Nullable Map<String, String> tags, long value) {
    this.counters
        .computeIfAbsent(MeterKey.of(name, tags), (key) -> this.registry.counter(name, key.tags()))
        .increment(value);
  }

  @Override
  public void reportGauge(String name, @Nullable Map<String, String> tags, double value) {
    // The SDK's reporter keeps its gauges already.
    this.delegate.reportGauge(name, tags, value);
  }

  @Override
  public void reportTimer(String name, @Nullable Map<String, String> tags, Duration interval) {
    this.timers
        .computeIfAbsent(
            MeterKey.of(name, tags),
            (key) ->
                Timer.builder(name)
                    .tags(key.tags())
                    .publishPercentileHistogram(true)
                    .register(this.registry))
        .record(interval.getNanos(), TimeUnit.NANOSECONDS);
  }

  @Override
  @SuppressWarnings("deprecation")
  public void reportHistogramValueSamples(
      String name,
      @Nullable Map<String, String> tags,
      Buckets buckets,
      double bucketLowerBound,
      double bucketUpperBound,
      long samples) {
    this.delegate.reportHistogramValueSamples(
        name, tags, buckets, bucketLowerBound, bucketUpperBound, samples);
  }

  @Override
  @SuppressWarnings("deprecation")
  public void reportHistogramDurationSamples(
      String name,
      @Nullable Map<String, String> tags,
      Buckets buckets,
      Duration bucketLowerBound,
      Duration bucketUpperBound,
      long samples) {
    this.delegate.reportHistogramDurationSamples(
        name, tags, buckets, bucketLowerBound, bucketUpperBound, samples);
  }

  @Override
  public Capabilities capabilities() {
    return this.delegate.capabilities();
  }

  @Override
  public void flush() {
    this.delegate.flush();
  }

  @Override
  public void close() {
    this.delegate.close();
  }

  /** A meter's name and Tally tags; Tally hands the same immutable tag map for a scope. */
  private record MeterKey(String name, Map<String, String> tallyTags) {

    static MeterKey of(String name, @Nullable Map<String, String> tags) {
      return new MeterKey(name, (tags != null) ? tags : Map.of());
    }

    List<Tag> tags() {
      List<Tag> tags = new ArrayList<>(this.tallyTags.size());
      this.tallyTags.forEach((key, value) -> tags.add(Tag.of(key, value)));
      return tags;
    }
  }
}
