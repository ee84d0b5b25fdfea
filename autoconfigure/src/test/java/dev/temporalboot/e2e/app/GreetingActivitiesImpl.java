package dev.temporalboot.e2e.app;

import dev.temporalboot.ActivityImpl;
import org.springframework.stereotype.Component;

@Component
@ActivityImpl(taskQueues = "${e2e.queue:greetings}")
public class GreetingActivitiesImpl implements GreetingActivities {

  @Override
  public String compose(String greeting, String name) {
    return greeting + ", " + name + "!";
  }
}
