package dev.temporalboot.reliability.crash;

import java.time.Duration;

/**
 * A worker process killed or stopped under load, small enough for every build; {@code
 * WorkerCrashSoakTests} runs the same scenarios at size with {@code -Psoak}.
 */
class WorkerCrashTests extends AbstractWorkerCrashTests {

  @Override
  int workflows() {
    return 60;
  }

  @Override
  int kills() {
    return 1;
  }

  @Override
  Duration timeout() {
    return Duration.ofSeconds(90);
  }

  @Override
  String name() {
    return "fast";
  }
}
