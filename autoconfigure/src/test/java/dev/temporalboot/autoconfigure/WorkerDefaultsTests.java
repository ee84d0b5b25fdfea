package dev.temporalboot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** Which threads a worker runs on when its entry does not say, per Java release and switch. */
class WorkerDefaultsTests {

  @Test
  void withoutSpringsSwitchVirtualThreadsStartWhereBlockingNoLongerPins() {
    MockEnvironment unset = new MockEnvironment();
    assertThat(WorkerDefaults.of(unset, 17).virtualThreads()).isFalse();
    assertThat(WorkerDefaults.of(unset, 21).virtualThreads()).isFalse();
    assertThat(WorkerDefaults.of(unset, 23).virtualThreads()).isFalse();
    assertThat(WorkerDefaults.of(unset, 24).virtualThreads()).isTrue();
    assertThat(WorkerDefaults.of(unset, 25).virtualThreads()).isTrue();
  }

  @Test
  void springsSwitchDecidesWhereTheJdkHasVirtualThreads() {
    MockEnvironment on =
        new MockEnvironment().withProperty("spring.threads.virtual.enabled", "true");
    MockEnvironment off =
        new MockEnvironment().withProperty("spring.threads.virtual.enabled", "false");
    assertThat(WorkerDefaults.of(on, 17).virtualThreads()).isFalse();
    assertThat(WorkerDefaults.of(on, 21).virtualThreads()).isTrue();
    assertThat(WorkerDefaults.of(off, 25).virtualThreads()).isFalse();
  }

  @Test
  void activitySlotsRiseOnlyOnVirtualThreads() {
    assertThat(WorkerDefaults.activitySlots(false)).isEqualTo(200);
    assertThat(WorkerDefaults.activitySlots(true)).isEqualTo(1000);
  }
}
