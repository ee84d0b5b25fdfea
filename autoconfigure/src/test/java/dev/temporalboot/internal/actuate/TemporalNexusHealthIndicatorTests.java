package dev.temporalboot.internal.actuate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

class TemporalNexusHealthIndicatorTests {

  private final Map<String, String> named = new LinkedHashMap<>();

  private final AtomicInteger lookups = new AtomicInteger();

  @Test
  void oneLookupServesEveryCallWithinTheTtl() {
    this.named.put("payments", "temporal.nexus.services.default.endpoint");
    TemporalNexusHealthIndicator indicator =
        new TemporalNexusHealthIndicator(
            () -> this.named,
            (names) -> {
              this.lookups.incrementAndGet();
              return Set.of();
            },
            Duration.ofMinutes(1));

    assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
    assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
    assertThat(this.lookups).hasValue(1);
  }

  @Test
  void lookupThatFailsOtherwiseIsUnknownWithTheError() {
    this.named.put("payments", "temporal.nexus.services.default.endpoint");
    Health health =
        new TemporalNexusHealthIndicator(
                () -> this.named,
                (names) -> {
                  throw new IllegalStateException("channel closed");
                },
                Duration.ZERO)
            .health();

    assertThat(health.getStatus()).isEqualTo(Status.UNKNOWN);
    assertThat(health.getDetails())
        .containsEntry("error", "java.lang.IllegalStateException: channel closed");
  }
}
