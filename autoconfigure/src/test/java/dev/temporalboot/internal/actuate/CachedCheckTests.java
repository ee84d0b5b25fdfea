package dev.temporalboot.internal.actuate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CachedCheckTests {

  private final MutableClock clock = new MutableClock();

  private final AtomicInteger runs = new AtomicInteger();

  @Test
  void resultIsReusedUntilTheTtlExpires() {
    CachedCheck<Integer> check =
        new CachedCheck<>(this.runs::incrementAndGet, Duration.ofSeconds(5), this.clock);

    assertThat(check.get()).isEqualTo(1);
    this.clock.advance(Duration.ofMillis(4999));
    assertThat(check.get()).isEqualTo(1);
    this.clock.advance(Duration.ofMillis(1));
    assertThat(check.get()).isEqualTo(2);
  }

  @Test
  void concurrentCallersShareTheCheckInFlight() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    CachedCheck<Integer> check =
        new CachedCheck<>(
            () -> {
              started.countDown();
              await(release);
              return this.runs.incrementAndGet();
            },
            Duration.ofSeconds(5),
            this.clock);
    ExecutorService callers = Executors.newFixedThreadPool(20);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      results.add(callers.submit(check::get));
      assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
      for (int i = 0; i < 19; i++) {
        results.add(callers.submit(check::get));
      }
      release.countDown();
      for (Future<Integer> result : results) {
        assertThat(result.get(10, TimeUnit.SECONDS)).isEqualTo(1);
      }
      assertThat(this.runs).hasValue(1);
    } finally {
      callers.shutdownNow();
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException ex) {
      Thread.currentThread().interrupt();
    }
  }

  private static final class MutableClock extends Clock {

    private Instant now = Instant.parse("2026-01-01T00:00:00Z");

    void advance(Duration duration) {
      this.now = this.now.plus(duration);
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return this.now;
    }
  }
}
