package dev.temporalboot.e2e.perqueue;

import dev.temporalboot.ActivityImpl;
import io.temporal.activity.Activity;
import io.temporal.activity.ActivityInfo;
import org.springframework.stereotype.Component;

@Component
@ActivityImpl(taskQueues = {PerQueueApplication.LOCAL_ONLY, PerQueueApplication.FULL})
public class WhereActivitiesImpl implements WhereActivities {

  @Override
  public String where() {
    ActivityInfo info = Activity.getExecutionContext().getInfo();
    return (info.isLocal() ? "local on " : "remote on ") + info.getActivityTaskQueue();
  }
}
