package dev.temporalboot.e2e.actuator;

import dev.temporalboot.ActivityImpl;
import java.util.Locale;
import org.springframework.stereotype.Component;

@Component
@ActivityImpl(taskQueues = "echo")
public class EchoActivitiesImpl implements EchoActivities {

  @Override
  public String shout(String text) {
    return text.toUpperCase(Locale.ROOT);
  }
}
