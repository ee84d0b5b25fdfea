package dev.temporalboot.reliability.crash.app;

import dev.temporalboot.ActivityImpl;
import jakarta.annotation.PreDestroy;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.stereotype.Component;

/**
 * Short idempotent steps. On a graceful stop it prints how many steps were running when the stop
 * began and how they ended, so the harness can tell that the drain covered real in-flight work.
 */
@Component
@ActivityImpl(taskQueues = CrashWorkerApplication.TASK_QUEUE)
public class StepActivitiesImpl implements StepActivities, ApplicationListener<ContextClosedEvent> {

  private final AtomicInteger running = new AtomicInteger();

  private final AtomicInteger finishedAfterStop = new AtomicInteger();

  private final AtomicInteger interrupted = new AtomicInteger();

  private volatile int runningAtStop = -1;

  private final long minMillis;

  private final long maxMillis;

  public StepActivitiesImpl(
      @Value("${crash.step.min-millis}") long minMillis,
      @Value("${crash.step.max-millis}") long maxMillis) {
    this.minMillis = minMillis;
    this.maxMillis = maxMillis;
  }

  @Override
  public String step(String value, int step) {
    this.running.incrementAndGet();
    try {
      Thread.sleep(ThreadLocalRandom.current().nextLong(this.minMillis, this.maxMillis + 1));
    } catch (InterruptedException ex) {
      this.interrupted.incrementAndGet();
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", ex);
    } finally {
      this.running.decrementAndGet();
    }
    if (this.runningAtStop >= 0) {
      this.finishedAfterStop.incrementAndGet();
    }
    return StepActivities.apply(value, step);
  }

  // Published before the workers stop, so this is the work the grace period has to drain.
  @Override
  public void onApplicationEvent(ContextClosedEvent event) {
    this.runningAtStop = this.running.get();
  }

  // Beans are destroyed after the workers have stopped: the drain is over.
  @PreDestroy
  void report() {
    System.out.println(
        "graceful-stop running-at-stop="
            + this.runningAtStop
            + " finished-after-stop="
            + this.finishedAfterStop.get()
            + " interrupted="
            + this.interrupted.get());
  }
}
