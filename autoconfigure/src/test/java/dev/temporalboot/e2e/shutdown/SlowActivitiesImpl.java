package dev.temporalboot.e2e.shutdown;

import dev.temporalboot.ActivityImpl;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.stereotype.Component;

/** An activity that takes its time, recording whether it finished or was interrupted. */
@Component
@ActivityImpl(taskQueues = "slow")
public class SlowActivitiesImpl implements SlowActivities {

  public final CountDownLatch started = new CountDownLatch(1);

  public final AtomicBoolean finished = new AtomicBoolean();

  public final AtomicBoolean interrupted = new AtomicBoolean();

  @Override
  public String work(long millis) {
    this.started.countDown();
    try {
      Thread.sleep(millis);
    } catch (InterruptedException ex) {
      this.interrupted.set(true);
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", ex);
    }
    this.finished.set(true);
    return "done in " + millis + "ms";
  }
}
