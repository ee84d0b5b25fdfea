package dev.temporalboot.e2e.sleepy;

import dev.temporalboot.ActivityImpl;
import org.springframework.stereotype.Component;

/** Takes real time, longer than a time-skipping server would wait if it raced ahead. */
@Component
@ActivityImpl(taskQueues = "reminders")
public class ReminderActivitiesImpl implements ReminderActivities {

  @Override
  public String send(String text) {
    try {
      Thread.sleep(1500);
    } catch (InterruptedException ex) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(ex);
    }
    return "sent: " + text;
  }
}
