package dev.temporalboot.reliability.crash.app;

import dev.temporalboot.ActivityImpl;
import io.temporal.activity.Activity;
import io.temporal.activity.ActivityInfo;
import jakarta.annotation.PreDestroy;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.stereotype.Component;

/**
 * Short idempotent steps. On a graceful stop it prints which attempts were running when the stop
 * began and how they ended, so the harness can check them against the server's histories.
 */
@Component
@ActivityImpl(taskQueues = CrashWorkerApplication.TASK_QUEUE)
public class StepActivitiesImpl implements StepActivities, ApplicationListener<ContextClosedEvent> {

  private final Set<String> running = ConcurrentHashMap.newKeySet();

  // Attempts running when the stop began, and those started after it (from polls in flight).
  private final Set<String> drained = ConcurrentHashMap.newKeySet();

  private final AtomicInteger interrupted = new AtomicInteger();

  private final long minMillis;

  private final long maxMillis;

  private volatile boolean stopping;

  public StepActivitiesImpl(
      @Value("${crash.step.min-millis}") long minMillis,
      @Value("${crash.step.max-millis}") long maxMillis) {
    this.minMillis = minMillis;
    this.maxMillis = maxMillis;
  }

  @Override
  public String step(String value, int step) {
    ActivityInfo info = Activity.getExecutionContext().getInfo();
    String attempt = info.getWorkflowId() + "/" + info.getActivityId() + "#" + info.getAttempt();
    this.running.add(attempt);
    if (this.stopping) {
      this.drained.add(attempt);
    }
    try {
      Thread.sleep(ThreadLocalRandom.current().nextLong(this.minMillis, this.maxMillis + 1));
    } catch (InterruptedException ex) {
      this.interrupted.incrementAndGet();
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", ex);
    } finally {
      this.running.remove(attempt);
    }
    return StepActivities.apply(value, step);
  }

  // Published before the workers stop, so this is the work the grace period has to drain.
  @Override
  public void onApplicationEvent(ContextClosedEvent event) {
    this.stopping = true;
    this.drained.addAll(this.running);
    System.out.println("graceful-stop running-at-stop=" + this.drained.size());
  }

  // Beans are destroyed after the workers have stopped: the drain is over.
  @PreDestroy
  void report() {
    System.out.println(
        "graceful-stop drained="
            + String.join(",", this.drained)
            + " still-running="
            + this.running.size()
            + " interrupted="
            + this.interrupted.get());
  }
}
