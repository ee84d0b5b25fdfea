package dev.temporalboot.test;

import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TemporalTestClockOnARealClusterTests {

  private final TemporalTestClock clock = new TemporalTestClock(null, "temporal.example:7233");

  @Test
  void skippingFailsNamingTheServerWhoseClockCannotMove() {
    assertThatIllegalStateException()
        .isThrownBy(() -> this.clock.skip(Duration.ofDays(1)))
        .withMessageContaining("runs on temporal.example:7233")
        .withMessageContaining("clock a test cannot move")
        .withMessageContaining("@TemporalTest");
  }

  @Test
  void readingTheTimeFailsTheSameWay() {
    assertThatIllegalStateException()
        .isThrownBy(this.clock::now)
        .withMessageContaining("runs on temporal.example:7233");
  }
}
