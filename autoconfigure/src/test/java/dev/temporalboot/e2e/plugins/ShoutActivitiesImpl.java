package dev.temporalboot.e2e.plugins;

import dev.temporalboot.ActivityImpl;
import org.springframework.stereotype.Component;

@Component
@ActivityImpl(taskQueues = PluginApplication.QUEUE)
public class ShoutActivitiesImpl implements ShoutActivities {

  @Override
  public String shout(String text) {
    return text.toUpperCase() + "!";
  }
}
