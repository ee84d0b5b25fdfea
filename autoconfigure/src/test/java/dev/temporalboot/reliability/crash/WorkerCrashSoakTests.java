package dev.temporalboot.reliability.crash;

import java.time.Duration;
import org.junit.jupiter.api.Tag;

/** 500 workflows through three kills, and a SIGTERM; runs only with {@code -Psoak}. */
@Tag("soak")
class WorkerCrashSoakTests extends AbstractWorkerCrashTests {

  @Override
  int workflows() {
    return 500;
  }

  @Override
  int kills() {
    return 3;
  }

  @Override
  Duration timeout() {
    return Duration.ofMinutes(5);
  }

  @Override
  String name() {
    return "soak";
  }
}
