package dev.temporalboot.internal.actuate;

import com.uber.m3.tally.Counter;
import com.uber.m3.tally.Gauge;
import com.uber.m3.tally.Histogram;
import com.uber.m3.tally.Stopwatch;
import com.uber.m3.util.Duration;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * Tally's meters over Micrometer's, for every {@link MicrometerScope} of one root: timers with a
 * percentile histogram, as the SDK's reporter registers them.
 *
 * <p>It also keeps the gauges' values: two scopes can name the same gauge (tagged in two steps or
 * in one), and Micrometer keeps the first gauge's value holder only.
 */
final class TallyMeters {

  private final MeterRegistry registry;

  private final ConcurrentMap<GaugeKey, GaugeValue> gauges = new ConcurrentHashMap<>();

  TallyMeters(MeterRegistry registry) {
    this.registry = registry;
  }

  Counter counter(String name, Tags tags) {
    io.micrometer.core.instrument.Counter counter = this.registry.counter(name, tags);
    return (delta) -> counter.increment(delta);
  }

  Gauge gauge(String name, Map<String, String> tags, Tags meterTags) {
    return this.gauges.computeIfAbsent(
        new GaugeKey(name, tags),
        (key) -> {
          GaugeValue value = new GaugeValue();
          io.micrometer.core.instrument.Gauge.builder(name, value, GaugeValue::value)
              .tags(meterTags)
              .strongReference(true)
              .register(this.registry);
          return value;
        });
  }

  com.uber.m3.tally.Timer timer(String name, Tags tags) {
    return new TimerMeter(micrometerTimer(name, tags));
  }

  Histogram histogram(String name, Tags tags) {
    return new HistogramMeters(name, tags);
  }

  private Timer micrometerTimer(String name, Tags tags) {
    return Timer.builder(name).tags(tags).publishPercentileHistogram(true).register(this.registry);
  }

  private record GaugeKey(String name, Map<String, String> tags) {}

  /** A gauge's last value, read by Micrometer when it publishes. */
  private static final class GaugeValue implements Gauge {

    private volatile double value;

    @Override
    public void update(double value) {
      this.value = value;
    }

    double value() {
      return this.value;
    }
  }

  /** A Tally timer over one Micrometer timer. */
  private static final class TimerMeter implements com.uber.m3.tally.Timer {

    private final Timer timer;

    TimerMeter(Timer timer) {
      this.timer = timer;
    }

    @Override
    public void record(Duration interval) {
      this.timer.record(interval.getNanos(), TimeUnit.NANOSECONDS);
    }

    @Override
    public Stopwatch start() {
      return new Stopwatch(
          System.nanoTime(),
          (startNanos) -> this.timer.record(System.nanoTime() - startNanos, TimeUnit.NANOSECONDS));
    }
  }

  /**
   * A Tally histogram, which the SDK's reporter drops: its values as a distribution summary, its
   * durations as a timer, each registered when first recorded.
   */
  private final class HistogramMeters implements Histogram {

    private final String name;

    private final Tags tags;

    private volatile @Nullable DistributionSummary values;

    private volatile @Nullable TimerMeter durations;

    HistogramMeters(String name, Tags tags) {
      this.name = name;
      this.tags = tags;
    }

    @Override
    public void recordValue(double value) {
      DistributionSummary summary = this.values;
      if (summary == null) {
        // Registering twice returns the registry's one meter, so a race here is harmless.
        summary =
            DistributionSummary.builder(this.name)
                .tags(this.tags)
                .publishPercentileHistogram(true)
                .register(TallyMeters.this.registry);
        this.values = summary;
      }
      summary.record(value);
    }

    @Override
    public void recordDuration(Duration duration) {
      durations().record(duration);
    }

    @Override
    public Stopwatch start() {
      return durations().start();
    }

    private TimerMeter durations() {
      TimerMeter timer = this.durations;
      if (timer == null) {
        timer = new TimerMeter(micrometerTimer(this.name, this.tags));
        this.durations = timer;
      }
      return timer;
    }
  }
}
